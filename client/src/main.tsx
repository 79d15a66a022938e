// The page's own styles first: every component's stylesheet comes after them, and may override them.
import './styles/base.css';
import './styles/panel.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
