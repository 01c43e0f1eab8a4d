import { afterEach, describe, expect, it } from 'vitest';
import { FakeDesk, MIN } from '../../../support/fake-desk';
import { activateMainCatalogue } from '../../../support/main-catalogue';

// The language changes in Settings while a reminder is up in its window: main words that reminder
// again (the same cue: a posture check keeps its place in the rotation), and the window, and any
// page that asks for the current reminder, show the new words.
let desk: FakeDesk;
afterEach(() => {
  desk?.dispose();
  activateMainCatalogue('en');
});

describe('a reminder on screen when the language changes', () => {
  it('a stretch break: title, body and buttons in German, for the same reminder', async () => {
    desk = await FakeDesk.create({ settings: { postureChecksEnabled: false, headsUpSec: 0 }, capabilities: { actions: false, clicks: false }, policy: () => 'ignore' });
    await desk.run(45 * MIN + 1000);
    const english = desk.window!;
    expect(english.title).toBe("You've been sitting for 45 minutes");

    activateMainCatalogue('de');
    desk.breaks.rewordReminder();
    const german = desk.window!;
    expect(german.id).toBe(english.id);
    expect(german.title).toBe('Du sitzt schon seit 45 Minuten');
    expect(german.actions.map((a) => a.id)).toEqual(english.actions.map((a) => a.id));
    expect(german.actions[0]!.label).not.toBe(english.actions[0]!.label);
    expect(await desk.call('reminder:get-current', [])).toMatchObject({ id: english.id, title: german.title });
  });

  it('a posture check keeps its cue', async () => {
    desk = await FakeDesk.create({ settings: { headsUpSec: 0, stretchIntervalMin: 240 }, capabilities: { actions: false, clicks: false }, policy: () => 'ignore' });
    await desk.run(20 * MIN + 1000);
    const english = desk.window!;
    expect(english.tier).toBe('posture');
    activateMainCatalogue('fr');
    desk.breaks.rewordReminder();
    activateMainCatalogue('en');
    desk.breaks.rewordReminder();
    expect(desk.window).toEqual(english);
  });
});
