/**
 * One value per process, however many module graphs load this plugin (Express's and Next's
 * server bundle each have their own copy of its modules): kept on `globalThis` under `name`.
 */
export function processWide<T>(name: string, make: () => T) {
  const key = Symbol.for(`dualpower.${name}`)
  const holder = globalThis as { [key]?: T }
  return {
    get: (): T => (holder[key] ??= make()),
    set: (value: T) => {
      holder[key] = value
    },
  }
}
