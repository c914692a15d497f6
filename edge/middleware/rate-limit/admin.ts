// The operator's read path for usage: `GET /admin/usage?tenant=<name>[&month=YYYY-MM]` with
// `Authorization: Bearer <ADMIN_TOKEN>` → the tenant's and each of its keys' counters for the UTC month (default:
// the current one) and its days, from the tenant's RateLimiter object. Closed (403) while the ADMIN_TOKEN secret
// is not set. Numbers and key ids only: the counters hold no request content.
import type { Handler } from 'hono';
import { timingSafeEqual } from '../../../shared/protocol/crypto.ts';
import { ApiError, errors } from '../../../shared/protocol/openai/errors.ts';
import type { Env } from '../../env.ts';
import { periodsOf } from './usage-table.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function usageReport(now: () => number = Date.now): Handler<{ Bindings: Env }> {
  return async (c) => {
    const token = c.env.ADMIN_TOKEN;
    if (!token) throw new ApiError(403, 'permission_error', 'The usage read path is closed: set the ADMIN_TOKEN secret.', 'admin_closed');
    if (!timingSafeEqual(c.req.header('authorization') ?? '', `Bearer ${token}`))
      throw errors.unauthorized('GET /admin/usage needs the admin token.');
    const tenant = c.req.query('tenant') ?? '';
    if (tenant === '' || tenant.length > 256) throw errors.badRequest('Give the tenant: ?tenant=<name>.', 'tenant');
    const month = c.req.query('month') ?? periodsOf(now()).month;
    if (!MONTH.test(month)) throw errors.badRequest('month must be YYYY-MM (UTC).', 'month');
    const ns = c.env.RATE_LIMITER;
    const rows = await ns.get(ns.idFromName(`tenant:${tenant}`)).usageOf(month);
    const data = rows.map((r) => ({ ...r, total_tokens: r.prompt_tokens + r.completion_tokens }));
    return c.json({ object: 'usage', tenant, month, data });
  };
}
