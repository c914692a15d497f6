// Durable Object stubs by object name, with the names' ids kept per isolate. `idFromName` derives the id from
// the name with a keyed hash on every call, and the proxied-chat path called it twice per request (the usage
// settlement, the receipt) for the same tenant each time. An id is a plain value, not an I/O object, so it may
// outlive the request that derived it; a stub is an I/O object bound to its request, so each request still
// makes its own from the id.

/** Names remembered per namespace before the memory starts afresh (bounds memory; costs only re-derivation). */
const MAX_IDS = 10_000;

/** Per namespace binding (the same object for every request of an isolate; tests hand in others). */
const idsByNamespace = new WeakMap<object, Map<string, DurableObjectId>>();

/** The id of the object named `name` in `ns`: the same as `ns.idFromName(name)`, derived once per isolate. */
export function objectId<T extends Rpc.DurableObjectBranded | undefined>(ns: DurableObjectNamespace<T>, name: string): DurableObjectId {
  let ids = idsByNamespace.get(ns);
  if (!ids) idsByNamespace.set(ns, (ids = new Map()));
  let id = ids.get(name);
  if (id === undefined) {
    if (ids.size >= MAX_IDS) ids.clear();
    ids.set(name, (id = ns.idFromName(name)));
  }
  return id;
}

/** A stub for this request of the object named `name` in `ns` (`ns.get(ns.idFromName(name))`, id remembered). */
export function objectStub<T extends Rpc.DurableObjectBranded | undefined>(
  ns: DurableObjectNamespace<T>,
  name: string,
): DurableObjectStub<T> {
  return ns.get(objectId(ns, name));
}
