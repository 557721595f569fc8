#!/usr/bin/env node
// Draws build/icon.png (512×512; electron-builder derives the .ico and Linux sizes from it) with
// Debian's Chromium, so the icon's 年报 is set in Noto Serif CJK rather than drawn by hand.
// Run once after changing the design: node scripts/make-icon.mjs
import { chromium } from "playwright-core";

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <rect x="16" y="16" width="480" height="480" rx="96" fill="#a8201a"/>
  <rect x="60" y="60" width="392" height="392" rx="44" fill="none" stroke="#fff6e8" stroke-width="14"/>
  <text x="256" y="238" text-anchor="middle" font-family="Noto Serif CJK SC" font-weight="900"
        font-size="150" fill="#fff6e8">年报</text>
  <text x="256" y="392" text-anchor="middle" font-family="Noto Serif CJK SC" font-weight="700"
        font-size="104" fill="#fff6e8" letter-spacing="12">审核</text>
  <path d="M120 282 H392" stroke="#fff6e8" stroke-width="8"/>
</svg>`;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.screenshot({ path: "build/icon.png", omitBackground: true });
await browser.close();
console.log("build/icon.png written");
