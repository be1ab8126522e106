// The workspace of a partner who reports figures: education provider, high school or employer.
import type { Institution } from '../../shared/domain/partners'
import type { Profile } from '../../shared/domain/profile'
import type { ReportingRole } from '../../shared/domain/roles'
import { ImportReceipt } from './ImportReceipt'
import { PeriodList } from './PeriodList'
import { PeriodScreen } from './PeriodScreen'
import { useOpenPeriod } from './useOpenPeriod'

const WHAT_YOU_REPORT: Record<ReportingRole, string> = {
  education:
    'For each program: seats, applicants, enrollment, completers, exam and placement outcomes, clinical slots, faculty and pathways.',
  'high-school':
    'For each occupation your health pathways lead to: enrollment by grade, dual-enrollment participants and career-awareness reach.',
  employer:
    'For each occupation you employ: budgeted and filled FTE, vacancies, time to fill, travelers, separations, expected hires and starting wages.',
}

interface Props {
  profile: Profile
  role: ReportingRole
  institution: Institution | undefined
}

export function InstitutionWorkspace({ profile, role, institution }: Props) {
  const institutionName = institution?.name ?? profile.institutionId
  const [periodId, setPeriodId] = useOpenPeriod(profile.institutionId)

  if (periodId === undefined) return <main className="screen workspace" aria-busy="true" />
  if (periodId) {
    return (
      <main className="screen wide">
        <PeriodScreen
          periodId={periodId}
          profile={profile}
          institution={institution}
          onBack={() => setPeriodId(null)}
        />
      </main>
    )
  }
  return (
    <main className="screen workspace">
      <h1>{institutionName}: reports</h1>
      <p className="lead">{WHAT_YOU_REPORT[role]}</p>
      <ImportReceipt profile={profile} onOpen={setPeriodId} />
      <PeriodList profile={profile} kind={role} onOpen={setPeriodId} />
    </main>
  )
}
