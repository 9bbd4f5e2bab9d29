import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';

export function SearchBanner() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const term = new URLSearchParams(window.location.search).get('q') ?? '';
    if (ref.current) ref.current.innerHTML = `Showing results for <strong>${term}</strong>`;
  }, []);
  return <div ref={ref} className="banner" />;
}

export function SafeSearchBanner() {
  const [params] = useSearchParams();
  const term = params.get('q') ?? '';
  return (
    <div className="banner">
      Showing results for <strong>{term}</strong>
    </div>
  );
}

export function ResultCount({ count }: { count: number }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.innerHTML = `<b>${count}</b> results`;
  }, [count]);
  return <span ref={ref} />;
}
