// Shared styles first: every component's own stylesheet, imported by the component, comes later
// in the bundle and so can refine them.
import './styles/tokens.css';
import './styles/elements.css';
import './styles/patterns.css';
import { render } from 'preact';
import { App } from './App';
import { bootLocale } from './boot-locale';
import { loadWords } from '@electron/i18n/common/load-catalog';

// One bundle, two windows: the main window, and the small reminder window opened at #reminder,
// whose view (with its posture figures) is a chunk of its own, kept out of the main window's first frame.
const root = document.getElementById('app');
await bootLocale(location.hash === '#reminder');
if (root && location.hash === '#reminder') {
  document.body.classList.add('reminder-shell');
  void Promise.all([import('./views/ReminderView'), loadWords(['figures'])]).then(([{ ReminderView }]) =>
    render(
      <main>
        <ReminderView />
      </main>,
      root,
    ),
  );
} else if (root) render(<App />, root);
