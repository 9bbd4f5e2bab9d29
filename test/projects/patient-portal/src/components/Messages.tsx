import { useEffect, useRef } from 'react';
import DOMPurify from 'dompurify';

export interface PortalMessage {
  id: number;
  from: string;
  body: string;
  unread: boolean;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function MessageList({ messages }: { messages: PortalMessage[] }) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const el = list.current;
    if (!el) return;
    el.innerHTML = '';
    for (const message of messages) {
      el.insertAdjacentHTML('beforeend', `<li data-id="${message.id}"><b>${escapeHtml(message.from)}</b> ${message.body}</li>`);
    }
  }, [messages]);
  return <ul ref={list} className="messages" />;
}

export function SafeMessageList({ messages }: { messages: PortalMessage[] }) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const el = list.current;
    if (!el) return;
    el.innerHTML = messages
      .map((m) => `<li data-id="${m.id}"><b>${escapeHtml(m.from)}</b> ${DOMPurify.sanitize(m.body)}</li>`)
      .join('');
  }, [messages]);
  return <ul ref={list} className="messages" />;
}

export function PrintableMessage({ message }: { message: PortalMessage }) {
  const print = () => {
    const win = window.open('', '_blank');
    win?.document.write(`<h1>Message from ${escapeHtml(message.from)}</h1><div>${message.body}</div>`);
    win?.print();
  };
  return <button onClick={print}>Print</button>;
}
