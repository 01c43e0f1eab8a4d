// The module main.js gets when it imports 'electron' in the start-up test: the stand-in's API, and
// the scenario that drives main through start, use and quit.
export * from './electron';
export { default } from './electron';
import './scenario';
