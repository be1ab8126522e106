// The benchmark's baselines, rendered by the same React in the same browser as the app: a
// plain table of 200 rows × 20 figures with no behaviour, a plain controlled input, and a bare
// strict IndexedDB write. The bench drives them through window.bench.
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'

const ROWS = 200
const COLS = 20

function PlainTable({ seed }: { seed: number }) {
  return (
    <table>
      <tbody>
        {Array.from({ length: ROWS }, (_, r) => (
          <tr key={r}>
            <th>Program {r + 1}</th>
            {Array.from({ length: COLS }, (_, c) => (
              <td key={c}>{((r + 1) * (c + 1) + seed).toLocaleString('en-US')}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Baselines() {
  const [shown, setShown] = useState(0)
  const [text, setText] = useState('')
  return (
    <StrictMode>
      <button type="button" id="show" onClick={() => setShown((n) => n + 1)}>
        Show table
      </button>
      <button type="button" id="hide" onClick={() => setShown(0)}>
        Hide table
      </button>
      <input id="plain-input" value={text} onChange={(e) => setText(e.target.value)} />
      {shown > 0 && <PlainTable seed={shown} />}
    </StrictMode>
  )
}

async function strictWrite(value: number): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('bench-baseline', 1)
    open.onupgradeneeded = () => open.result.createObjectStore('cells')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error ?? new Error('open failed'))
  })
  const started = performance.now()
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('cells', 'readwrite', { durability: 'strict' })
    tx.objectStore('cells').put({ value }, 'cell')
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error ?? new Error('write failed'))
  })
  const elapsed = performance.now() - started
  db.close()
  return elapsed
}

declare global {
  interface Window {
    bench?: { strictWrite: typeof strictWrite }
  }
}
window.bench = { strictWrite }

createRoot(document.getElementById('root')!).render(<Baselines />)
