import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { NotesApp } from './NotesApp';
import './notes.css';

createRoot(document.getElementById('notes-root')!).render(
  <StrictMode>
    <NotesApp />
  </StrictMode>,
);
