import { useSaveState } from '../db/save-tracker'

export function SaveIndicator() {
  const state = useSaveState()
  let text = ''
  let className = 'save-indicator'
  switch (state.status) {
    case 'idle':
      text = 'All changes saved'
      break
    case 'saving':
      text = 'Saving…'
      className += ' saving'
      break
    case 'saved':
      text = `All changes saved at ${state.at.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' })}`
      break
    case 'failed':
      text = `Not saved: ${state.message}`
      className += ' failed'
      break
  }
  return (
    <span className={className} role="status" data-testid="save-indicator">
      {text}
    </span>
  )
}
