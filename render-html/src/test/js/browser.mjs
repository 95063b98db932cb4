// Browser checks for the render-html tests, in Debian's Chromium through playwright-core.
//   node browser.mjs axe FILE...             axe-core (WCAG 2.0/2.1 A and AA) on each page; JSON on stdout
//   node browser.mjs hostile FILE...         loads each page and reports anything that ran; JSON on stdout
//   node browser.mjs shot FILE OUT.png WIDTH [light|dark|print] [full|partN]   a screenshot, to look at
//   node browser.mjs layout FILE OUT.png WIDTH SELECTOR...   a full-page screenshot and the boxes of
//                                            every element each selector matches (text:SELECTOR: of the
//                                            text it holds); JSON on stdout
//   node browser.mjs bidi FILE SELECTOR      where each character of the element is drawn, as written
//                                            and again with its <bdi> and dir isolation taken out
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const [command, ...rest] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath, headless: true, args });
try {
  if (command === 'axe') {
    const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    const context = await browser.newContext({ bypassCSP: true });
    const results = {};
    for (const file of rest) {
      const page = await context.newPage();
      await page.goto('file://' + path.resolve(file));
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const r = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          // WCAG 2.5.3 Label in Name is an experimental rule of axe: asked for by name
          rules: { 'label-content-name-mismatch': { enabled: true } },
          resultTypes: ['violations'],
        });
        return r.violations.map(v => ({
          id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary),
        }));
      });
      results[file] = violations;
      await page.close();
    }
    process.stdout.write(JSON.stringify(results));
  } else if (command === 'hostile') {
    const reports = {};
    for (const file of rest) {
      const pageUrl = 'file://' + path.resolve(file);
      const context = await browser.newContext();
      const page = await context.newPage();
      const report = { dialogs: [], requests: [], consoleErrors: [], pageErrors: [] };
      page.on('dialog', async d => { report.dialogs.push(d.type() + ': ' + d.message()); await d.dismiss(); });
      page.on('request', r => { if (r.url().split('#')[0] !== pageUrl) report.requests.push(r.url()); });
      page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') report.consoleErrors.push(m.text()); });
      page.on('pageerror', e => report.pageErrors.push(String(e)));
      await page.goto(pageUrl, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      report.dom = await page.evaluate(() => {
        const all = [...document.querySelectorAll('*')];
        return {
          scripts: [...document.scripts].filter(s => s.type !== 'application/ld+json').length,
          eventAttributes: all.flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.localName + '@' + a.name)),
          styleAttributes: all.filter(e => e.hasAttribute('style')).length,
          embedded: document.querySelectorAll('iframe, object, embed, frame, svg, math, form, base, meta[http-equiv="refresh"]').length,
          unsafeUrls: all.flatMap(e => ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'data']
            .filter(n => e.hasAttribute(n) && !/^(https?:|mailto:|#|[^:]*$)/i.test(e.getAttribute(n).trim()))
            .map(n => e.localName + '@' + n + '=' + e.getAttribute(n))),
          title: document.title,
        };
      });
      // What a reader could do: hover and focus everything, follow every in-page link.
      await page.evaluate(() => {
        for (const e of document.querySelectorAll('body *')) {
          e.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
          e.dispatchEvent(new FocusEvent('focus'));
        }
        for (const a of document.querySelectorAll('a[href^="#"]')) a.click();
      });
      await page.waitForTimeout(200);
      reports[file] = report;
      await context.close();
    }
    process.stdout.write(JSON.stringify(reports));
  } else if (command === 'shot') {
    const [file, out, width, scheme = 'light', full = ''] = rest;
    const context = await browser.newContext({
      viewport: { width: Number(width), height: 900 },
      colorScheme: scheme === 'dark' ? 'dark' : 'light',
    });
    const page = await context.newPage();
    if (scheme === 'print') await page.emulateMedia({ media: 'print' });
    await page.goto('file://' + path.resolve(file));
    if (full.startsWith('part')) {
      // one screen-sized slice of the full page, to look at long pages piece by piece
      const n = Number(full.slice(4));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const y = Math.min(n * 1400, Math.max(0, height - 1400));
      await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(1400, height) } });
    } else {
      await page.screenshot({ path: out, fullPage: full === 'full' });
    }
    process.stdout.write(out + '\n');
  } else if (command === 'layout') {
    const [file, out, width, ...selectors] = rest;
    const context = await browser.newContext({ viewport: { width: Number(width), height: 900 } });
    const page = await context.newPage();
    await page.goto('file://' + path.resolve(file));
    await page.screenshot({ path: out, fullPage: true });
    const result = await page.evaluate(sels => {
      const box = e => { const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY }; };
      const rects = {};
      const textBox = e => { const range = document.createRange(); range.selectNodeContents(e); return box(range); };
      for (const s of sels) {
        // 'text:SELECTOR' measures the text an element holds rather than its (full-width) block box
        rects[s] = s.startsWith('text:') ? [...document.querySelectorAll(s.slice(5))].map(textBox)
          : [...document.querySelectorAll(s)].map(box);
      }
      return { width: document.documentElement.clientWidth, rects };
    }, selectors);
    process.stdout.write(JSON.stringify(result));
  } else if (command === 'bidi') {
    const [file, selector] = rest;
    const page = await (await browser.newContext({ viewport: { width: 1000, height: 900 } })).newPage();
    await page.goto('file://' + path.resolve(file));
    const result = await page.evaluate(sel => {
      const element = document.querySelector(sel);
      const measure = () => {
        const chars = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < node.data.length; i++) {
            if (/\s/.test(node.data[i])) continue;
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const r = range.getBoundingClientRect();
            chars.push({ ch: node.data[i], left: r.left, right: r.right, top: r.top });
          }
        }
        return chars;
      };
      const isolated = measure();
      for (const e of element.querySelectorAll('[dir]')) e.removeAttribute('dir');
      for (const e of [...element.querySelectorAll('bdi')]) e.replaceWith(...e.childNodes);
      return { text: element.textContent, isolated, plain: measure() };
    }, selector);
    process.stdout.write(JSON.stringify(result));
  } else {
    throw new Error('unknown command ' + command);
  }
} finally {
  await browser.close();
}
