// End-to-end: the inspector in the dark and high-contrast themes of the real workbench (the other e2e files run
// in the default light theme). Every colour comes from VS Code's --vscode-* variables, so the webview must take
// the theme's own editor background and foreground, text must stand out from the background, and in high contrast
// the focused row and the buttons get the theme's contrast border. Screenshots for a person to look at.
/* global document, getComputedStyle */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, onFailure, test } from './harness.mjs';
import { openInInspector } from './inspector.mjs';
import { repoRoot, startWorkbench } from './workbench.mjs';

const CT = 'ct-head-phantom.dcm';
let wb;

after(async () => {
  await wb?.teardown();
});

onFailure(async (name) => {
  await wb?.screenshot(`themes-FAILED-${name.replace(/\W+/g, '-').slice(0, 30)}`);
});

/** Relative luminance of a CSS rgb()/rgba() colour (WCAG). */
function luminance(css) {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const channel = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

async function openIn(theme) {
  await wb?.teardown();
  wb = await startWorkbench({
    files: [join(repoRoot, 'samples', CT)],
    settings: { 'workbench.colorTheme': theme },
  });
  const insp = await openInInspector(wb, CT);
  await insp.waitForRows('header rows', 10);
  await insp.waitForImage(128, 'the CT image');
  return insp;
}

/** The webview's colours and the theme's own editor background as the workbench paints it. */
async function colours(insp) {
  const page = await wb.page
    .locator('.monaco-workbench')
    .evaluate((el) => getComputedStyle(el).getPropertyValue('--vscode-editor-background').trim());
  const inside = await insp.frame.locator('body').evaluate(() => {
    const body = getComputedStyle(document.body);
    const cell = document.querySelector('.row[data-row-id] .col-name');
    const pressed = document.querySelector(".tool-button[aria-pressed='true']");
    const released = document.querySelector(".tool-button[aria-pressed='false']");
    const look = (el) => {
      const style = el ? getComputedStyle(el) : undefined;
      return style
        ? `${style.outlineStyle} ${style.outlineColor} ${style.backgroundColor} ${style.borderColor}`
        : '';
    };
    return {
      background: body.backgroundColor,
      foreground: body.color,
      cell: cell ? getComputedStyle(cell).color : '',
      pressedLook: look(pressed),
      releasedLook: look(released),
      themeKind: document.body.className,
    };
  });
  return { page, ...inside };
}

function hexToRgb(hex) {
  const value = hex.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

test('dark theme: the theme editor background, light text with contrast, and the image', async () => {
  const insp = await openIn('Default Dark Modern');
  const c = await colours(insp);
  assert.match(c.themeKind, /vscode-dark/);
  assert.equal(c.background, hexToRgb(c.page), 'the webview uses the theme editor background');
  assert.ok(luminance(c.background) < 0.05, `a dark background: ${c.background}`);
  assert.ok(
    contrast(c.foreground, c.background) >= 4.5,
    `text contrast ${contrast(c.foreground, c.background)}`,
  );
  assert.ok(contrast(c.cell, c.background) >= 4.5, `table text contrast ${contrast(c.cell, c.background)}`);
  assert.notEqual(
    c.pressedLook,
    c.releasedLook,
    `a pressed toggle looks different from a released one: ${c.pressedLook} | ${c.releasedLook}`,
  );
  await wb.screenshot('themes-01-dark');
});

test('high contrast: black background, white text, pressed toggles outlined', async () => {
  const insp = await openIn('Default High Contrast');
  const c = await colours(insp);
  assert.match(c.themeKind, /vscode-high-contrast/);
  assert.equal(c.background, hexToRgb(c.page));
  assert.ok(
    contrast(c.foreground, c.background) >= 7,
    `text contrast ${contrast(c.foreground, c.background)}`,
  );
  assert.ok(contrast(c.cell, c.background) >= 7, `table text contrast ${contrast(c.cell, c.background)}`);
  // A pressed toggle (Fit, Text, Both…) must look different from a released one.
  assert.ok(c.pressedLook && c.releasedLook, 'toggles found');
  assert.notEqual(
    c.pressedLook,
    c.releasedLook,
    `a pressed toggle looks different from a released one: ${c.pressedLook} | ${c.releasedLook}`,
  );
  assert.match(c.pressedLook, /^solid /, `the pressed toggle has an outline: ${c.pressedLook}`);
  await wb.screenshot('themes-02-high-contrast');
});
