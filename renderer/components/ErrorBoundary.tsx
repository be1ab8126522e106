// Shows a readable message instead of a blank window when a screen fails to render.
import { Component, type ErrorInfo, type ReactNode } from 'react'

interface State {
  error: Error | null
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Screen failed to render', error, info.componentStack)
  }

  override render() {
    if (this.state.error) {
      return (
        <main className="screen" role="alert">
          <h1>Something went wrong on this screen</h1>
          <p>Your saved data is not affected. The problem was: {this.state.error.message}</p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </main>
      )
    }
    return this.props.children
  }
}
