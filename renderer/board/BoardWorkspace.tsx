// The board's workspace: one screen per job, listed down the side in the order of a cycle's work
// (bring files in, see who has reported, decide whom to trust, define what is collected, enter
// the published figures, read the analysis, try scenarios, publish, look back at every decision).
import { useState } from 'react'
import type { Institution } from '../../shared/domain/partners'
import type { Profile } from '../../shared/domain/profile'
import { AnalysisScreen } from './analysis/AnalysisScreen'
import { openReport } from './analysis/report/report-route'
import { AuditLogScreen } from './audit/AuditLogScreen'
import { ContextScreen } from './context/ContextScreen'
import { CyclesScreen } from './cycles/CyclesScreen'
import { ImportSlot } from './ImportSlot'
import { PublishScreen } from './publish/PublishScreen'
import { RegistryScreen } from './registry/RegistryScreen'
import { ScenariosScreen } from './scenarios/ScenariosScreen'
import { ReportingStatusScreen } from './status/ReportingStatusScreen'

const SECTIONS = [
  { id: 'import', label: 'Import' },
  { id: 'status', label: 'Reporting status' },
  { id: 'registry', label: 'Trust registry' },
  { id: 'cycles', label: 'Cycles' },
  { id: 'context', label: 'Board context' },
  { id: 'analysis', label: 'Analysis' },
  { id: 'scenarios', label: 'Scenarios' },
  { id: 'publish', label: 'Publish' },
  { id: 'audit', label: 'Audit log' },
] as const
type Section = (typeof SECTIONS)[number]['id']

export function BoardWorkspace({
  profile,
  directory,
  onOpenSettings,
}: {
  profile: Profile
  directory: readonly Institution[]
  onOpenSettings?: () => void
}) {
  const [section, setSection] = useState<Section>('status')
  return (
    <div className="board-workspace">
      <nav className="board-nav" aria-label="Board workspace">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                aria-current={section === s.id ? 'page' : undefined}
                onClick={() => setSection(s.id)}
              >
                {s.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {section === 'import' && <ImportSlot profile={profile} />}
      {section === 'status' && (
        <ReportingStatusScreen
          directory={directory}
          profile={profile}
          onDefineCycle={() => setSection('cycles')}
        />
      )}
      {section === 'registry' && <RegistryScreen profile={profile} />}
      {section === 'cycles' && <CyclesScreen directory={directory} />}
      {section === 'context' && <ContextScreen profile={profile} />}
      {section === 'scenarios' && <ScenariosScreen profile={profile} />}
      {section === 'audit' && <AuditLogScreen />}
      {section === 'publish' && (
        <PublishScreen profile={profile} directory={directory} onOpenSettings={onOpenSettings} />
      )}
      {section === 'analysis' && (
        <AnalysisScreen
          links={{
            onImport: () => setSection('import'),
            onContext: () => setSection('context'),
            onReport: openReport,
          }}
        />
      )}
    </div>
  )
}
