// `npm run bench`: measures what the issues set goals for and prints one JSON object last.
import { benchRenderer, withBrowser } from './renderer';
import { benchScheduler } from './scheduler';

const figures: Record<string, number> = {};
Object.assign(figures, benchScheduler());
Object.assign(figures, await withBrowser((browser, preload) => benchRenderer(browser, preload)));
console.log(JSON.stringify(figures));
