// The telehealth API gateway: sessions for the web portal, bearer tokens for
// the mobile app, and CORS for the portal and partner clinics.
import express from 'express';
import helmet from 'helmet';
import cors from 'cors';
import session from 'express-session';
import { config } from './config.js';
import { requireAccessToken, requireRole } from './auth/middleware.js';
import { authRoutes } from './routes/auth.js';
import { appointmentRoutes } from './routes/appointments.js';

export const app = express();

app.set('trust proxy', 1);
app.use(helmet());
app.use(express.json({ limit: '64kb' }));

// The portal: a fixed origin, with cookies.
app.use(cors({ origin: [config.portalOrigin], credentials: true }));

// Partner clinics embed the booking widget: any origin, with cookies.
app.use('/partner', cors({ origin: true, credentials: true }));

// Public status page data: any origin, no cookies.
app.use('/status', cors({ origin: '*' }));

app.use(
  session({
    name: 'th.sid',
    secret: config.sessionSecret,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: 'lax', maxAge: 30 * 60 * 1000 },
  }),
);

app.use('/auth', authRoutes);
app.use('/appointments', requireAccessToken, appointmentRoutes);
app.use('/admin', requireAccessToken, requireRole('admin'));

export function start(): void {
  app.listen(config.port);
}
