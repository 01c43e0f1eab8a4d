// `npm run bench`: measures what the issues set goals for and prints one JSON object last.
import { benchHistory } from './history';
import { benchHome } from './home';
import { benchPlayer } from './player';
import { benchRenderer, withBrowser } from './renderer';
import { benchPresence } from './presence';
import { benchScheduler } from './scheduler';
import { benchSession } from './session';

const figures: Record<string, number> = {};
Object.assign(figures, benchScheduler());
Object.assign(figures, await benchPresence());
Object.assign(figures, await benchHistory());
Object.assign(
  figures,
  await withBrowser(async (browser, preload) => ({
    ...(await benchRenderer(browser, preload)),
    ...(await benchSession(browser, preload)),
    ...(await benchHome(browser, preload)),
    ...(await benchPlayer(browser, preload)),
  })),
);
console.log(JSON.stringify(figures));
