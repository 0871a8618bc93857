import assert from "node:assert/strict";
import { ansiToHtml } from "../../lib/report/mod.ts";

const ESC = "\u001b[";

Deno.test("ansiToHtml() escapes text with no colour codes", () => {
  assert.equal(
    ansiToHtml(`<script>alert("1")</script> & 'x'`),
    "&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt; &amp; &#x27;x&#x27;",
  );
});

Deno.test("ansiToHtml() names the eight colours and their bright forms as classes", () => {
  assert.equal(
    ansiToHtml(`${ESC}30ma${ESC}37mb`),
    '<span class="ansi-black-fg">a</span><span class="ansi-white-fg">b</span>',
  );
  assert.equal(ansiToHtml(`${ESC}31mr${ESC}0m`), '<span class="ansi-red-fg">r</span>');
  assert.equal(
    ansiToHtml(`${ESC}90mg${ESC}97mw`),
    '<span class="ansi-bright-black-fg">g</span><span class="ansi-bright-white-fg">w</span>',
  );
  assert.equal(
    ansiToHtml(`${ESC}44mb${ESC}103my`),
    '<span class="ansi-blue-bg">b</span><span class="ansi-bright-yellow-bg">y</span>',
  );
});

Deno.test("ansiToHtml() escapes the text inside a coloured run", () => {
  assert.equal(
    ansiToHtml(`${ESC}31m<b>&${ESC}0m`),
    '<span class="ansi-red-fg">&lt;b&gt;&amp;</span>',
  );
});

Deno.test("ansiToHtml() combines bold with a colour and resets both", () => {
  assert.equal(
    ansiToHtml(`${ESC}1;32mok${ESC}0m done`),
    '<span style="font-weight:bold" class="ansi-green-fg">ok</span> done',
  );
  // An empty parameter list is a reset too.
  assert.equal(ansiToHtml(`${ESC}1mA${ESC}mB`), '<span style="font-weight:bold">A</span>B');
});

Deno.test("ansiToHtml() turns off bold (22) and the colour (39) separately", () => {
  assert.equal(
    ansiToHtml(`${ESC}1;34ma${ESC}22mb${ESC}39mc`),
    '<span style="font-weight:bold" class="ansi-blue-fg">a</span><span class="ansi-blue-fg">b</span>c',
  );
});

Deno.test("ansiToHtml() maps the first 16 of the 256 colours to classes, the cube and the grey ramp to rgb()", () => {
  // 38;5;1 is the standard red; 38;5;9 the bright red.
  assert.equal(ansiToHtml(`${ESC}38;5;1mx`), '<span class="ansi-red-fg">x</span>');
  assert.equal(ansiToHtml(`${ESC}38;5;9mx`), '<span class="ansi-bright-red-fg">x</span>');
  // 208 - 16 = 192 = 5·36 + 2·6 + 0: levels 55 + 5·40 = 255, 55 + 2·40 = 135, 0.
  assert.equal(ansiToHtml(`${ESC}38;5;208mx`), '<span style="color:rgb(255,135,0)">x</span>');
  // 244 is grey step 12: 8 + 12·10 = 128.
  assert.equal(
    ansiToHtml(`${ESC}48;5;244mx`),
    '<span style="background-color:rgb(128,128,128)">x</span>',
  );
});

Deno.test("ansiToHtml() writes true colour (38;2;r;g;b) as rgb() and keeps later codes", () => {
  assert.equal(
    ansiToHtml(`${ESC}38;2;10;20;30;1mx`),
    '<span style="font-weight:bold;color:rgb(10,20,30)">x</span>',
  );
});

Deno.test("ansiToHtml() ignores malformed extended colours instead of guessing", () => {
  assert.equal(ansiToHtml(`${ESC}38;5;300mx`), "x");
  // A true colour cut short is read as ansi_up reads it: the codes after 38;2 as bold and faint.
  assert.equal(
    ansiToHtml(`${ESC}38;2;1;2mx`),
    '<span style="font-weight:bold;opacity:0.7">x</span>',
  );
});

Deno.test("ansiToHtml() removes escape sequences that are not colours", () => {
  assert.equal(ansiToHtml(`a${ESC}2K${ESC}1Gb\u001b]0;title\u0007c`), "abc");
});
