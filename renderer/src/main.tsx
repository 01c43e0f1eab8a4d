// Shared styles first: every component's own stylesheet, imported by the component, comes later
// in the bundle and so can refine them.
import './styles/tokens.css';
import './styles/elements.css';
import './styles/patterns.css';
// First of the scripts: it starts fetching the words and the first frame's data (see there).
import { firstFrameReady, reminder } from './boot-early';
import { render } from 'preact';
import { App } from './App';
import { loadWords } from '@electron/i18n/common/load-catalog';
import { startOwnLibrary } from './hooks/use-own-library';

// One bundle, two windows: the main window, and the small reminder window opened at #reminder,
// whose view (with its posture figures) is a chunk of its own, kept out of the main window's first frame.
const root = document.getElementById('app');

function show(): void {
  // The person's own routines, for every list and the player (issue 24).
  startOwnLibrary();
  if (root && reminder) {
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
}

// Not a top-level await: the word chunks import the message runtime from this chunk, which must
// finish evaluating before they can (awaiting them here would wait for ever).
void firstFrameReady().then(show);
