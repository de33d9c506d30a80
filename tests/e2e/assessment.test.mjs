// The foundation journey: answer the whole questionnaire by keyboard, see
// every area's score, reload and find everything, switch language; resume
// mid-way after closing the tab; English for English-preferring browsers.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { openApp, setUp, tabTo, waitForApp } from './harness.mjs';

const { browser, url } = await setUp();

const AREAS_JA = [
  '趣味・ボランティア',
  '異業種交流会・オンラインイベント',
  'SNS',
  '人脈を仕事につなげる',
  '信頼と価値の提供',
  'つながりを保つ',
  '心構え',
];

async function progressText(page) {
  return (await page.locator('.progress-count').textContent()).trim();
}

test('whole questionnaire by keyboard, results, reload and language switch', async () => {
  const { page, context, watcher } = await openApp(browser, url);
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  assert.match(await page.locator('h1').textContent(), /つながり/);
  assert.match(await page.locator('.privacy').textContent(), /このブラウザの中だけ/);

  await tabTo(page, 'the start link', () => document.activeElement?.textContent?.includes('自己診断を始める'));
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/assessment$/);
  assert.equal(await progressText(page), '1 / 30');
  // Focus moved to the new screen's heading.
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');

  // Enter without an answer says what is missing and stays.
  await page.keyboard.press('Enter');
  await page.waitForSelector('#answer-error');
  assert.equal(await progressText(page), '1 / 30');

  for (let i = 1; i <= 30; i++) {
    assert.equal(await progressText(page), `${i} / 30`);
    await page.keyboard.press('3');
    assert.equal(await page.locator('#choice-3').isChecked(), true, `question ${i} answered`);
    await page.keyboard.press('Enter');
  }
  await page.waitForURL(/#\/results$/);
  await page.waitForSelector('.bars');

  const checkResults = async () => {
    const bars = await page.locator('.bar-row').allTextContents();
    assert.equal(bars.length, 7, 'one bar per area');
    for (const [i, name] of AREAS_JA.entries()) {
      assert.ok(bars[i].includes(name), `bar ${i} names ${name}: ${bars[i]}`);
      assert.ok(bars[i].includes('50点'), `every area scores 50 when every answer is the middle step: ${bars[i]}`);
    }
    assert.match(await page.locator('.overall-score').textContent(), /50点/);
    assert.equal(await page.locator('svg.radar polygon.radar-area').count(), 1);
    assert.ok((await page.locator('.recommendation').count()) > 0, 'next steps are recommended');
  };
  await checkResults();

  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('.bars');
  await checkResults();

  // Language switch (under "More"), remembered across reloads.
  await page.locator('.main-nav a[href="#/more"]').click();
  await tabTo(page, 'the language switch', () => document.activeElement?.classList.contains('lang-switch'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.goBack();
  assert.equal((await page.locator('h1').textContent()).trim(), 'Your results');
  assert.ok((await page.locator('.bar-row').first().textContent()).includes('50 points'));
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal((await page.locator('h1').textContent()).trim(), 'Your results');

  watcher.assertClean();
  await context.close();
});

test('closing the tab mid-way resumes at the same question with answers kept', async () => {
  const { page, context, watcher } = await openApp(browser, `${url}#/assessment`);
  await page.waitForSelector('.progress-count');
  // A click on an answer records it and moves on by itself.
  for (let i = 1; i <= 7; i++) {
    await page.locator(`#choice-${(i % 5) + 1}`).check();
    await page.waitForFunction((n) => document.querySelector('.progress-count').textContent.startsWith(`${n} /`), i + 1);
  }
  assert.equal(await progressText(page), '8 / 30');

  // A new tab in the same browser profile, as after closing the first one.
  await page.close();
  const again = await context.newPage();
  await again.goto(`${url}#/`);
  await waitForApp(again);
  await again.getByRole('link', { name: '自己診断の続きから' }).click();
  assert.equal(await progressText(again), '8 / 30');
  await again.getByRole('button', { name: '戻る' }).click();
  assert.equal(await progressText(again), '7 / 30');
  assert.equal(await again.locator('#choice-3').isChecked(), true, 'answer to question 7 kept');

  watcher.assertClean();
  await context.close();
});

test('an English-preferring browser gets English; the switch goes back to Japanese', async () => {
  const { page, context, watcher } = await openApp(browser, url, { locale: 'en-US' });
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.locator('h1').textContent(), /Grow connections outside work/);
  assert.match(await page.locator('.privacy').textContent(), /stays in this browser/);
  await page.locator('.main-nav a[href="#/more"]').click();
  await page.getByRole('button', { name: '日本語' }).click();
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  assert.match(await page.locator('h1').textContent(), /社外のつながり/);
  watcher.assertClean();
  await context.close();
});
