import DOMPurify from 'dompurify';
import { marked } from 'marked';

export interface VisitNote {
  id: string;
  author: string;
  html: string;
  markdown: string;
}

export function VisitNoteView({ note }: { note: VisitNote }) {
  return (
    <article className="visit-note">
      <header>{note.author}</header>
      <div dangerouslySetInnerHTML={{ __html: note.html }} />
    </article>
  );
}

export function SafeVisitNoteView({ note }: { note: VisitNote }) {
  const clean = DOMPurify.sanitize(note.html);
  return (
    <article className="visit-note">
      <header>{note.author}</header>
      <div dangerouslySetInnerHTML={{ __html: clean }} />
    </article>
  );
}

export function CareInstructions({ note }: { note: VisitNote }) {
  const html = DOMPurify.sanitize(marked.parse(note.markdown) as string);
  return <section className="instructions" dangerouslySetInnerHTML={{ __html: html }} />;
}

const DISCLAIMER = '<p>This summary does not replace advice from your <a href="/care-team">care team</a>.</p>';

export function Disclaimer() {
  return <footer dangerouslySetInnerHTML={{ __html: DISCLAIMER }} />;
}
