import { everythingAbout } from '../cache/tags.js';
import { builder } from './builder.js';
import { adminOnly } from './auth-scopes.js';
import { parseCustomerId } from './ids.js';

const PurgeCustomerCachePayload = builder.objectRef<{ customerId: string }>('PurgeCustomerCachePayload').implement({
  description: 'The customer whose cached reads were retired.',
  fields: (t) => ({ customerId: t.exposeID('customerId', { description: 'Metronome id of the customer.' }) }),
});

builder.mutationFields((t) => ({
  purgeCustomerCache: t.field({
    type: PurgeCustomerCachePayload,
    description:
      'Retires everything the gateway has cached about one customer (and every customer list), on every instance, before answering (admin only). For when Metronome changed in a way no webhook announced.',
    ...adminOnly('purge the cache'),
    args: { customerId: t.arg.id({ required: true, description: 'Global ID or Metronome UUID.' }) },
    resolve: async (_root, args, ctx) => {
      const customerId = parseCustomerId(String(args.customerId), 'customerId');
      await ctx.cache.invalidate(everythingAbout(customerId), 'admin');
      return { customerId };
    },
  }),
}));
