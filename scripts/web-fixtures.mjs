#!/usr/bin/env node
// Writes the saved-page fixtures of test/fixtures/web from the corpus .docx samples:
//   node scripts/web-fixtures.mjs CORPUS_DIR
// Each report's body is mammoth's HTML of the sample (tables with colspan/rowspan), put inside
// a portal page the way county portals publish it, and saved the way browsers save it.
import { Buffer } from "node:buffer";
import { writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder } from "node:util";
import mammoth from "mammoth";

const corpus = process.argv[2];
const out = "test/fixtures/web";
if (!corpus) {
  console.error("usage: node scripts/web-fixtures.mjs CORPUS_DIR");
  process.exit(2);
}

/** A GBK encoder built from the platform's GBK decoder (Node has no GBK encoder). */
const gbkTable = (() => {
  const d = new TextDecoder("gbk");
  const map = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = d.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== "\ufffd" && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  return map;
})();
function gbk(text) {
  const bytes = [];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c < 0x80) bytes.push(c);
    else bytes.push(...(gbkTable.get(ch) ?? [0x3f]));
  }
  return Buffer.from(bytes);
}

/** Quoted-printable with CRLF and soft breaks at 76 characters, as Chrome writes it. */
function qp(bytes) {
  let line = "";
  const lines = [];
  for (const b of bytes) {
    let t;
    if (b === 0x0a) {
      lines.push(line);
      line = "";
      continue;
    }
    if (b === 0x0d) continue;
    t = (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : "=" + b.toString(16).toUpperCase().padStart(2, "0");
    if (line.length + t.length > 75) {
      lines.push(line + "=");
      line = "";
    }
    line += t;
  }
  lines.push(line);
  return lines.join("\r\n");
}

const base64 = (bytes) => Buffer.from(bytes).toString("base64").replace(/.{76}/g, "$&\r\n");

const titles = new Map();

async function body(sample) {
  const path = join(corpus, `${sample}.docx`);
  const raw = await mammoth.extractRawText({ path });
  const html = (await mammoth.convertToHtml({ path })).value;
  titles.set(html, raw.value.trim().split("\n")[0]);
  return html;
}

const title = (html) => titles.get(html) ?? "年度报告";

function label(sample, file) {
  copyFileSync(join(corpus, `${sample}.docx.expected.json`), join(out, `${file}.expected.json`));
}

// A county portal of the 2010s: GB2312 declared in http-equiv, the article in a cell of nested
// layout tables beside a menu, a 来源/时间/字号 line, scripts, a hidden block, a footer frame.
async function portalGbk(sample, file) {
  const html = await body(sample);
  const t = title(html);
  const page = `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>${t}_政府信息公开年报_县人民政府</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<style>.hide{display:none} td{font-size:12px}</style>
<script language="javascript" src="/js/jquery.js"></script>
<script>var nav = "<table><tr><td>一、总体情况</td><td>行政许可</td><td>自然人</td></tr></table>"; document.write(nav);</script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="http://www.example.gov.cn/images/banner.jpg" width="1000" height="120"></td></tr>
<tr><td class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="220" valign="top">
<table width="100%"><tr><td class="menu_title">政府信息公开</td></tr>
<tr><td><a href="/xxgk/zn/">信息公开指南</a></td></tr>
<tr><td><a href="/xxgk/zd/">信息公开制度</a></td></tr>
<tr><td><a href="/xxgk/nb/">信息公开年报</a></td></tr>
<tr><td><a href="/xxgk/ysq/">依申请公开</a></td></tr></table>
</td>
<td width="780" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td>当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; 信息公开年报</td></tr>
<tr><td align="center"><font size="4"><b>${t}</b></font></td></tr>
<tr><td align="center">来源：县政府办公室&nbsp;&nbsp;时间：2021-01-25&nbsp;&nbsp;字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></td></tr>
<tr><td>
<table width="96%" align="center"><tr><td id="zoom">
${html}
</td></tr></table>
</td></tr>
<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
</td>
</tr>
</table>
<div class="hide">二、主动公开政府信息情况<table><tr><td>行政许可</td><td>99999</td><td>自然人</td></tr></table></div>
<iframe src="/footer.html" width="1000" height="80" frameborder="0"></iframe>
<table width="1000" align="center"><tr><td align="center">主办单位：县人民政府办公室 版权所有 备案号：ICP备00000000号</td></tr></table>
</body>
</html>
`;
  writeFileSync(join(out, file), gbk(page));
  label(sample, file);
}

// The same kind of page with no charset named anywhere (read as GB18030 since it is not UTF-8).
async function noCharset(sample, file) {
  const html = await body(sample);
  const t = title(html);
  const page = `<html><head><title>${t}</title></head><body><center>
<table width="900"><tr><td><table width="100%"><tr><td>
<h2>${t}</h2><p>发布日期：2021-01-15\u3000\u3000浏览次数：128</p>
<table width="100%"><tr><td>${html}</td></tr></table>
<p>上一篇：关于印发县政府信息公开指南的通知</p><p>下一篇：无</p>
</td></tr></table></td></tr></table></center></body></html>`;
  writeFileSync(join(out, file), gbk(page));
  label(sample, file);
}

function modernPage(html) {
  const t = title(html);
  titles.set(null, t);
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta charset="utf-8"><title>${t}</title><link rel="stylesheet" href="https://www.example.gov.cn/css/main.css"><script src="https://www.example.gov.cn/js/app.js"></script></head>
<body><header class="top"><div class="logo"><img src="https://www.example.gov.cn/logo.png"></div><nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zmhd">政民互动</a></li></ul></nav></header>
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 年度报告</div>
<div class="wrap"><aside class="side"><h3>政府信息公开</h3><ul><li>信息公开指南</li><li>信息公开制度</li><li>法定主动公开内容</li><li>信息公开年报</li></ul></aside>
<main class="detail"><h1>${t}</h1><div class="info"><span>发布时间：2021-01-29 10:20</span> <span>信息来源：县政务服务和数据管理局</span> <span>字号：[ 大 中 小 ]</span></div>
<div class="article">${html}</div>
<div class="tools"><a>【打印本页】</a><a>【关闭窗口】</a></div>
<div class="share">分享到：</div></main></div>
<iframe src="https://www.example.gov.cn/footer.html"></iframe>
<footer><p>主办：县人民政府办公室\u3000承办：县大数据中心</p><p>网站标识码：0000000000\u3000ICP备00000000号</p></footer></body></html>`;
}

function mhtml(parts, subject) {
  const boundary = "----MultipartBoundary--9ZqJmGcyK2Tn0kXwFbVd3hQ4rLpS7eA1uYoIx8NcMz----";
  const head = [
    "From: <Saved by Blink>",
    "Snapshot-Content-Location: https://www.example.gov.cn/zwgk/nb/2021/0129/1.html",
    `Subject: =?utf-8?Q?${qp(Buffer.from(subject)).replace(/=\r\n/g, "")}?=`,
    "Date: Fri, 29 Jan 2021 10:30:00 +0800",
    "MIME-Version: 1.0",
    "Content-Type: multipart/related;",
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    "",
    "",
  ].join("\r\n");
  const body = parts
    .map((p) => `--${boundary}\r\n${p.headers.join("\r\n")}\r\n\r\n${p.body}\r\n`)
    .join("");
  return head + body + `--${boundary}--\r\n`;
}

// Chrome's "网页，单个文件": the DOM as UTF-8 HTML in quoted-printable, then its resources, and
// every frame as a text/html part of its own (the footer frame here holds decoy text).
async function chromeMhtml(sample, file) {
  const html = modernPage(await body(sample));
  const frame = `<html><body><p>一、总体情况</p><table><tr><td>行政许可</td><td>自然人</td><td>1</td></tr></table></body></html>`;
  const text = mhtml(
    [
      {
        headers: [
          "Content-Type: text/html",
          "Content-ID: <frame-5F2D0C1A7E1B4C0F9A3E6B2D8C4F1A07@mhtml.blink>",
          "Content-Transfer-Encoding: quoted-printable",
          "Content-Location: https://www.example.gov.cn/zwgk/nb/2021/0129/1.html",
        ],
        body: qp(Buffer.from(html)),
      },
      {
        headers: [
          "Content-Type: text/css",
          "Content-Transfer-Encoding: quoted-printable",
          "Content-Location: https://www.example.gov.cn/css/main.css",
        ],
        body: qp(Buffer.from("@charset \"utf-8\";\nbody { font: 16px/1.8 sans-serif; }\n")),
      },
      {
        headers: [
          "Content-Type: image/png",
          "Content-Transfer-Encoding: base64",
          "Content-Location: https://www.example.gov.cn/logo.png",
        ],
        body: base64(Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex")),
      },
      {
        headers: [
          "Content-Type: text/html",
          "Content-ID: <frame-0B7C3D9E2F4A4E1B8C6D5A3F2E1D0C9B@mhtml.blink>",
          "Content-Transfer-Encoding: quoted-printable",
          "Content-Location: https://www.example.gov.cn/footer.html",
        ],
        body: qp(Buffer.from(frame)),
      },
    ],
    titles.get(null),
  );
  writeFileSync(join(out, file), text);
  label(sample, file);
}

// An IE-style .mht: the page in base64, GB2312 named only in the part header (no <meta>).
async function ieMht(sample, file) {
  const html = (await body(sample)).replace(/^/, `<html><head><title>年度报告</title></head><body>`) + "</body></html>";
  const text = mhtml(
    [
      {
        headers: [
          'Content-Type: text/html; charset="gb2312"',
          "Content-Transfer-Encoding: base64",
          "Content-Location: http://www.example.gov.cn/art/2021/1/20/art_1_1.html",
        ],
        body: base64(gbk(html)),
      },
    ],
    "年度报告",
  );
  writeFileSync(join(out, file), text);
  label(sample, file);
}

await portalGbk("001_8a851489e2403959", "portal-gb2312.html");
await noCharset("000_717827ae4ea6615a", "no-charset-gbk.htm");
await chromeMhtml("002_6e005d299800cb62", "chrome-qp.mhtml");
await ieMht("003_a167b1e233f24ae1", "ie-base64-gb2312.mht");
console.log("wrote", out);
