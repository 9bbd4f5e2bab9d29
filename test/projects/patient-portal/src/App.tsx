import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { SearchBanner, SafeSearchBanner } from './components/SearchBanner';
import { MessageList } from './components/Messages';
import { VisitNoteView } from './components/VisitNotes';
import { DoseCalculator } from './components/DoseCalculator';
import { MAPS_API_KEY } from './api/client';

export function App() {
  return (
    <BrowserRouter>
      <SearchBanner />
      <SafeSearchBanner />
      <Routes>
        <Route path="/messages" element={<MessageList messages={[]} />} />
        <Route path="/notes/:id" element={<VisitNoteView note={{ id: '', author: '', html: '', markdown: '' }} />} />
        <Route path="/dose" element={<DoseCalculator />} />
      </Routes>
      <iframe title="clinic map" src={`https://www.google.com/maps/embed/v1/place?key=${MAPS_API_KEY}&q=Mercy+Health`} />
    </BrowserRouter>
  );
}
