import { render } from 'preact';
import { App } from './App';
import './styles/base.css';
import { ReminderView } from './views/ReminderView';

// One bundle, two windows: the main window, and the small reminder window opened at #reminder.
const root = document.getElementById('app');
if (root && location.hash === '#reminder') {
  document.body.classList.add('reminder-shell');
  render(
    <main>
      <ReminderView />
    </main>,
    root,
  );
} else if (root) render(<App />, root);
