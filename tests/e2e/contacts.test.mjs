// Contacts in and out: an iPhone-shaped .vcf on the files screen shows who
// is in it with the person already in the list flagged and unticked; adding
// the chosen ones adds exactly those; a broken file is refused with where;
// the people export is vCard 4.0 naming everyone.
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, openApp, saved, setUp } from './harness.mjs';

const DOC_KEY = 'tsunagari.doc';
const { browser, url } = await setUp();
const IPHONE = join(ROOT, 'tests/fixtures/vcard/iphone.vcf');

async function addPerson(page, name) {
  await page.evaluate(() => { location.hash = '#/people/new'; });
  await page.fill('#person-name', name);
  await page.click('#person-save');
  await page.waitForURL(/#\/people\/[0-9a-f]{16}$/);
}

const people = async (page) => {
  await saved(page);
  return JSON.parse(await page.evaluate((k) => localStorage.getItem(k), DOC_KEY)).people;
};

test('a contacts file: preview with the known person flagged, add the chosen, export them back', async () => {
  const { page, context, watcher } = await openApp(browser, url);
  await addPerson(page, '山田　太郎');
  await page.evaluate(() => { location.hash = '#/files'; });
  await page.setInputFiles('#vcf-file', IPHONE);
  await page.waitForFunction(() => document.activeElement?.id === 'vcf-preview-h');
  assert.match(await page.locator('#vcf-summary').textContent(), /連絡先が2件あります。.*名前のない連絡先1件は読み込みません/);
  const rows = await page.locator('.vcf-row').allTextContents();
  assert.ok(rows[0].includes('山田 太郎') && rows[0].includes('やまだ たろう') && rows[0].includes('同じ名前の人がすでにいます'), rows[0]);
  assert.equal(await page.isChecked('#vcf-pick-0'), false, 'the known person starts unticked');
  assert.equal(await page.isChecked('#vcf-pick-1'), true);
  assert.equal((await page.locator('#vcf-add').textContent()).trim(), '選んだ1人を追加する');
  await page.click('#vcf-add');
  await page.waitForFunction(() => document.activeElement?.id === 'vcf-status');
  assert.match(await page.locator('#vcf-status').textContent(), /1人を追加しました/);
  const names = (await people(page)).map((p) => p.name).sort();
  assert.deepEqual(names, ['Ken Ito', '山田　太郎']);
  const ken = (await people(page)).find((p) => p.name === 'Ken Ito');
  assert.equal(ken.interests, 'Ito Design Office');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-vcf')]);
  assert.match(download.suggestedFilename(), /^tsunagari-people-\d{4}-\d{2}-\d{2}\.vcf$/);
  const text = await readFile(await download.path(), 'utf8');
  assert.equal(text.match(/BEGIN:VCARD\r\nVERSION:4\.0\r\n/g).length, 2);
  assert.ok(text.includes('FN:Ken Ito\r\n') && text.includes('FN:山田　太郎\r\n'));
  watcher.assertClean();
  await context.close();
});

test('a broken contacts file is refused in English with the place, and nothing is added', async () => {
  const { page, context, watcher } = await openApp(browser, `${url}#/files`, { locale: 'en-GB' });
  await page.waitForSelector('#vcf-file');
  await page.setInputFiles('#vcf-file', {
    name: 'cut.vcf',
    mimeType: 'text/vcard',
    buffer: Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:B\r\n'),
  });
  await page.waitForSelector('#vcf-error');
  assert.match(await page.locator('#vcf-error').textContent(), /Contact 2 \(from line 5\): the contact is not finished/);
  assert.equal(await page.getAttribute('#vcf-file', 'aria-invalid'), 'true');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), DOC_KEY), null, 'nothing saved');
  watcher.assertClean();
  await context.close();
});
