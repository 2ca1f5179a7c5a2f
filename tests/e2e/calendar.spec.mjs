// Calendar files: "Add to calendar" on every event page downloads the
// event's .ics (also without the app), and /events offers the calendar of
// every event to subscribe to. The files are checked field by field in the
// host tests (tests/calendar.rs); here they must arrive, as calendars.
import { readFileSync } from 'node:fs';
import { test, expect, events } from './fixtures.mjs';

const event = events.find((e) => e._bp?.place) ?? events[0];
const compact = (iso) => iso.slice(0, 10).replaceAll('-', '');
/** The unfolded content lines of an iCalendar text. */
const lines = (text) => text.replace(/\r\n[ \t]/g, '').split('\r\n');

async function downloadCalendar(page) {
  const link = page.getByRole('link', { name: 'Add to calendar' });
  await expect(link).toHaveAttribute('href', `/events/${encodeURIComponent(event.id)}/calendar.ics`);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^budapest-process-[\w-]+\.ics$/);
  return lines(readFileSync(await download.path(), 'utf8'));
}

function expectTheEvent(found) {
  expect(found[0]).toBe('BEGIN:VCALENDAR');
  expect(found.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  expect(found).toContain(`UID:event-${event.id}@www.budapestprocess.org`);
  expect(found).toContain(`DTSTART;VALUE=DATE:${compact(event._bp.start)}`);
  expect(found.find((l) => l.startsWith('SUMMARY:'))).toBe(`SUMMARY:${event.title.replace(/([,;\\])/g, '\\$1')}`);
  if (event._bp.place) expect(found.find((l) => l.startsWith('LOCATION:'))).toContain(event._bp.place.split(',')[0]);
}

test('an event page downloads its calendar file', async ({ page }) => {
  await page.goto(`/events/${encodeURIComponent(event.id)}`);
  expectTheEvent(await downloadCalendar(page));
  // The page is still the event page: the download did not navigate.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
});

test('without the app, the same link downloads the same file', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`/events/${encodeURIComponent(event.id)}`);
  expectTheEvent(await downloadCalendar(page));
});

test('/events offers every event as one calendar to subscribe to', async ({ page, request }) => {
  await page.goto('/events');
  const section = page.getByRole('region', { name: 'Events in your calendar' });
  await expect(section.getByRole('link', { name: 'The events calendar' })).toHaveAttribute('href', '/events.ics');
  for (const app of ['Outlook', 'Google Calendar', 'Apple Calendar']) await expect(section).toContainText(app);
  const response = await request.get('/events.ics');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  const found = lines(await response.text());
  expect(found.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(events.length);
  const uids = found.filter((l) => l.startsWith('UID:'));
  expect(new Set(uids).size).toBe(events.length);
  expect(found).toContain('X-WR-CALNAME:Budapest Process events');
});
