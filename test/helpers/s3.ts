/**
 * An S3-compatible server for the tests (s3rver, from npm: none is packaged in Debian), run as
 * its own process on a free port with one bucket, and a client that reads the bucket as any S3
 * tool would.
 */
import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { projectRoot } from '../../src/paths.js'
import { freePort, killProcess, listening } from './server.js'

const CLI = path.join(projectRoot, 'node_modules', '@20minutes', 's3rver', 'lib', 'cli.js')
/** s3rver's one account. */
const KEY = 'S3RVER'

export type S3Server = {
  bucket: string
  endpoint: string
  /** The app's S3_* settings for this server. */
  env: Record<string, string>
  /** Every key in the bucket, sorted. */
  keys: () => Promise<string[]>
  object: (key: string) => Promise<Buffer>
  remove: (key: string) => Promise<void>
  /** Stops the server (its data stays until `close`); `start` brings it back on the same port. */
  stop: () => Promise<void>
  start: () => Promise<void>
  close: () => Promise<void>
}

export async function startS3Server(bucket = 'dualpower-media'): Promise<S3Server> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dualpower-s3-'))
  const port = await freePort()
  const endpoint = `http://127.0.0.1:${port}`
  let proc: ChildProcess | null = null

  const start = async () => {
    let output = ''
    // The package ships its command line as a module without the script that runs it.
    const run = `require(${JSON.stringify(CLI)}).parseAsync(['node', 's3rver', ...process.argv.slice(1)])`
    proc = spawn(
      process.execPath,
      [
        '-e',
        run,
        '--',
        '-d',
        dir,
        '-a',
        '127.0.0.1',
        '-p',
        String(port),
        '--configure-bucket',
        bucket,
        '-s',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } },
    )
    proc.stdout?.on('data', (c) => (output += c))
    proc.stderr?.on('data', (c) => (output += c))
    const deadline = Date.now() + 20_000
    while (!(await listening(port))) {
      if (proc.exitCode !== null || Date.now() > deadline)
        throw new Error(`the S3 server did not start on port ${port}:\n${output}`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  const stop = () => killProcess(proc ?? undefined)
  await start()

  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: KEY, secretAccessKey: KEY },
  })
  return {
    bucket,
    endpoint,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: KEY,
      S3_SECRET_ACCESS_KEY: KEY,
    },
    // s3rver refuses the current SDK's signature on list requests (SignatureDoesNotMatch); its
    // store is plain files, KEY._S3rver_object, in a folder per bucket.
    keys: async () =>
      fs
        .readdirSync(path.join(dir, bucket), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('._S3rver_object'))
        .map((name) => name.slice(0, -'._S3rver_object'.length))
        .sort(),
    object: async (key) => {
      const got = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
      return Buffer.from(await got.Body!.transformToByteArray())
    },
    remove: async (key) => {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))
    },
    stop,
    start,
    close: async () => {
      client.destroy()
      await stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
