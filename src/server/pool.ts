/**
 * A small pool of worker threads, one task at a time per worker, with a time limit per task.
 * Written by hand (no piscina): the one thing this service needs beyond a queue is to kill a worker
 * stuck on one draft and start a fresh one, which `Worker.terminate()` does in a few lines.
 */
import { Worker } from 'node:worker_threads'
import type { Task, TaskReply } from './worker.js'

export interface PoolOptions {
  size: number
  /** Milliseconds one task may take before its worker is replaced and the task answered 503. */
  timeoutMs: number
  /** The worker's module (the built `worker.js`). */
  workerUrl: URL
}

export type PoolResult = { ok: true; body: unknown } | { ok: false; status: number; error: string }

interface Pending {
  task: Task
  resolve: (result: PoolResult) => void
}

interface Slot {
  worker: Worker
  current?: Pending & { timer: NodeJS.Timeout }
}

export class WorkerPool {
  private readonly slots: Slot[] = []
  private readonly queue: Pending[] = []
  private nextId = 1
  private closed = false
  private inFlight = 0
  private idleWaiters: Array<() => void> = []

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn())
  }

  /** Queue a task; resolves with its result, a 503 on time-out, or a 500 if the worker died. */
  run(kind: Task['kind'], text: string, context: Task['context'], config: Task['config']): Promise<PoolResult> {
    if (this.closed) return Promise.resolve({ ok: false, status: 503, error: 'the service is shutting down' })
    this.inFlight++
    return new Promise<PoolResult>((resolve) => {
      const done = (result: PoolResult): void => {
        this.inFlight--
        resolve(result)
        if (this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake()
      }
      this.queue.push({ task: { id: this.nextId++, kind, text, context, config }, resolve: done })
      this.dispatch()
    })
  }

  /** Resolves once every queued and running task has been answered. */
  drained(): Promise<void> {
    return this.inFlight === 0 ? Promise.resolve() : new Promise((wake) => this.idleWaiters.push(wake))
  }

  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerUrl)
    const slot: Slot = { worker }
    worker.on('message', (reply: TaskReply) => {
      const current = slot.current
      if (!current || current.task.id !== reply.id) return
      clearTimeout(current.timer)
      slot.current = undefined
      current.resolve(reply.ok ? { ok: true, body: reply.body } : { ok: false, status: reply.status, error: reply.error })
      this.dispatch()
    })
    // A worker that dies (out of memory, a bug) fails its task, and a fresh one takes its place.
    const replace = (): void => {
      if (this.closed) return
      const current = slot.current
      if (current) {
        clearTimeout(current.timer)
        slot.current = undefined
        current.resolve({ ok: false, status: 500, error: 'the worker stopped while linting' })
      }
      this.swap(slot)
    }
    worker.on('error', replace)
    worker.on('exit', replace)
    worker.unref()
    return slot
  }

  private swap(slot: Slot): void {
    const index = this.slots.indexOf(slot)
    if (index === -1) return
    slot.worker.removeAllListeners()
    void slot.worker.terminate()
    this.slots[index] = this.spawn()
    this.dispatch()
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.current || this.queue.length === 0) continue
      const next = this.queue.shift()!
      const timer = setTimeout(() => {
        // The draft is taking too long: answer 503 and kill the worker, so it can never pin a core.
        slot.current = undefined
        next.resolve({ ok: false, status: 503, error: `linting took longer than ${this.options.timeoutMs} ms` })
        this.swap(slot)
      }, this.options.timeoutMs)
      slot.current = { ...next, timer }
      slot.worker.postMessage(next.task)
    }
  }
}
