#!/usr/bin/env node
// Our npm registry mirror serves only the Linux builds of packages that ship one binary package
// per platform (@swc/core-darwin-arm64, @next/swc-win32-x64-msvc, …). `npm install` then leaves
// those optional packages out of package-lock.json, and `npm ci` refuses the lockfile as out of
// sync. This adds each missing one as an optional entry for its own OS/CPU, so `npm ci` knows it
// and skips it on this platform. Run after `npm install` changes the lockfile:
//   node scripts/lockfile-platforms.mjs
import fs from 'node:fs'

const file = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(fs.readFileSync(file, 'utf8'))
const packages = lock.packages

const platformOf = (name) => {
  const n = name.toLowerCase()
  const os = [
    'darwin',
    'win32',
    'linux',
    'freebsd',
    'android',
    'openbsd',
    'netbsd',
    'sunos',
    'aix',
  ].find((o) => n.includes(o))
  const cpu = [
    'arm64',
    'x64',
    'ia32',
    'arm',
    'ppc64',
    's390x',
    'riscv64',
    'loong64',
    'mips64el',
    'wasm32',
  ].find((c) => new RegExp(`(^|[-/])${c}($|[-])`).test(n) || n.includes(`-${c}`))
  const libc = n.includes('musl')
    ? 'musl'
    : n.includes('gnu') && os === 'linux'
      ? 'glibc'
      : undefined
  return { os, cpu, libc }
}

let added = 0
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path === '' ? '' : `${path}/`
    if (packages[`${base}node_modules/${dep}`] || packages[`node_modules/${dep}`]) continue
    const { os, cpu, libc } = platformOf(dep)
    if (!os && !cpu) {
      console.warn(`left alone: ${dep} (no platform in its name)`)
      continue
    }
    const stub = { version: spec.replace(/^[\^~=]/, ''), optional: true }
    if (entry.dev) stub.dev = true
    if (os) stub.os = [os]
    if (cpu) stub.cpu = [cpu]
    if (libc) stub.libc = [libc]
    packages[`node_modules/${dep}`] = stub
    added++
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
)
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n')
console.log(`package-lock.json: ${added} platform packages recorded as optional stubs`)
