import net from 'node:net'

export type ReceivedMail = { from: string; to: string[]; data: string; subject: string }

export type SmtpReceiver = {
  url: string
  mails: ReceivedMail[]
  /** While true, every message is refused with a 451 (a mail server in trouble). */
  failing: boolean
  close: () => Promise<void>
}

/**
 * A minimal SMTP server on loopback (RFC 5321's plain dialogue, no TLS, no auth), enough for
 * nodemailer to deliver to: tests read what the app really sent over the wire.
 */
export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const receiver: SmtpReceiver = { url: '', mails: [], failing: false, close: async () => {} }
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.setEncoding('utf8')
    let buffer = ''
    let inData = false
    let mail = { from: '', to: [] as string[], data: '' }
    const reply = (line: string) => socket.write(`${line}\r\n`)
    reply('220 test-smtp ready')
    socket.on('data', (chunk: string) => {
      buffer += chunk
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n')
          if (end < 0) return
          mail.data = buffer.slice(0, end).replace(/^\.\./gm, '.')
          buffer = buffer.slice(end + 5)
          inData = false
          if (receiver.failing) {
            reply('451 4.3.0 temporarily unable to accept mail')
          } else {
            const subject = /^Subject: (.*(?:\r\n[ \t].*)*)/im.exec(mail.data)?.[1] ?? ''
            receiver.mails.push({ ...mail, subject: decodeHeader(subject) })
            reply('250 2.0.0 queued')
          }
          mail = { from: '', to: [], data: '' }
          continue
        }
        const eol = buffer.indexOf('\r\n')
        if (eol < 0) return
        const line = buffer.slice(0, eol)
        buffer = buffer.slice(eol + 2)
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === 'EHLO' || verb === 'HELO') reply('250 test-smtp')
        else if (verb === 'MAIL') {
          mail.from = /<(.*)>/.exec(line)?.[1] ?? ''
          reply('250 OK')
        } else if (verb === 'RCPT') {
          mail.to.push(/<(.*)>/.exec(line)?.[1] ?? '')
          reply('250 OK')
        } else if (verb === 'DATA') {
          inData = true
          reply('354 end data with <CR><LF>.<CR><LF>')
        } else if (verb === 'QUIT') {
          reply('221 bye')
          socket.end()
        } else if (verb === 'RSET' || verb === 'NOOP') reply('250 OK')
        else reply('502 command not implemented')
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  receiver.url = `smtp://127.0.0.1:${port}`
  receiver.close = () =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy()
      server.close(() => resolve())
    })
  return receiver
}

/** RFC 2047 encoded words (what nodemailer writes for non-ASCII subjects) to text. */
function decodeHeader(value: string) {
  return value
    .replace(/\r\n[ \t]/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (_m, hex: string) =>
                String.fromCharCode(parseInt(hex, 16)),
              ),
            'latin1',
          ).toString('utf8'),
    )
}
