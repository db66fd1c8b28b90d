import { afterEach, describe, expect, test, vi } from 'vitest';
import { catalogs, defineNamespace, type NamespaceName } from './catalogs';
import { LANGUAGE_KEY, languageStore } from './language-store';
import { preferredLanguage } from './languages';
import { common } from './namespaces/common';

function browserPrefers(...languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

/**
 * A screen's namespace whose Hindi file cannot be fetched until the network is `reachable` (offline, or
 * removed by a newer deployment). Registered catalogs stay for the rest of the worker's tests, so each
 * test that needs one unfetched registers its own; it is fetchable (and empty) once the test is over.
 */
const network = { reachable: false };
let screens = 0;
function unreachableScreen(): string {
  const name = `test-unreachable-${++screens}`;
  defineNamespace(name as NamespaceName, {} as never, {
    hi: () => (network.reachable ? Promise.resolve({ default: {} }) : Promise.reject(new Error('Failed to fetch'))),
  });
  return name;
}
afterEach(() => {
  network.reachable = true;
});

describe('the language a visit opens in', () => {
  test('is the first of the browser’s preferred languages the console has, else English', () => {
    expect(preferredLanguage(['hi-IN', 'en-US'])).toBe('hi');
    expect(preferredLanguage(['HI'])).toBe('hi');
    expect(preferredLanguage(['fr-FR', 'hi'])).toBe('hi');
    expect(preferredLanguage(['en-GB', 'hi'])).toBe('en');
    expect(preferredLanguage(['fr-FR', 'de'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });

  test('follows the browser when nothing was chosen, and the page says its language', () => {
    browserPrefers('hi-IN', 'en');
    languageStore.restart();
    expect(languageStore.get()).toBe('hi');
    expect(document.documentElement.lang).toBe('hi');

    browserPrefers('en-US');
    languageStore.restart();
    expect(languageStore.get()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  test('is the one chosen in this browser, whatever the browser prefers; anything else kept there is ignored', () => {
    browserPrefers('hi-IN');
    localStorage.setItem(LANGUAGE_KEY, 'en');
    languageStore.restart();
    expect(languageStore.get()).toBe('en');

    localStorage.setItem(LANGUAGE_KEY, 'klingon');
    languageStore.restart();
    expect(languageStore.get()).toBe('hi');
  });

  test('opens in English, which comes with the code, when its catalogs cannot be fetched', async () => {
    network.reachable = false;
    unreachableScreen();
    browserPrefers('hi-IN');
    languageStore.restart();
    await languageStore.ready();
    expect(languageStore.get()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('choosing a language', () => {
  test('switches once its catalogs are in, tells the page once, and is remembered', async () => {
    network.reachable = true;
    const screen = unreachableScreen();
    // Subscribers re-render at once: every registered namespace is there in Hindi when they hear of it.
    const heard = vi.fn(() => Object.keys(catalogs.hi));
    const stop = languageStore.subscribe(heard);
    try {
      const switching = languageStore.choose('hi');
      expect(languageStore.get()).toBe('en');
      await switching;
    } finally {
      stop();
    }

    expect(languageStore.get()).toBe('hi');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard.mock.results[0]?.value).toEqual(expect.arrayContaining([common.name, screen]));
    expect(document.documentElement.lang).toBe('hi');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('hi');
  });

  test('the last choice wins when an earlier one is still loading', async () => {
    network.reachable = true;
    const first = languageStore.choose('hi');
    const second = languageStore.choose('en');
    await Promise.all([first, second]);
    expect(languageStore.get()).toBe('en');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en');
  });

  test('a language whose catalogs cannot be fetched is neither applied nor remembered', async () => {
    network.reachable = false;
    unreachableScreen();
    await expect(languageStore.choose('hi')).rejects.toThrow('Failed to fetch');
    expect(languageStore.get()).toBe('en');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBeNull();

    network.reachable = true;
    await languageStore.choose('hi');
    expect(languageStore.get()).toBe('hi');
  });
});
