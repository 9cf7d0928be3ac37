import Foundation
import LeadModel
import LeadRules
import TerminalUI

/// Issue 18: where the time of opening a large lead goes, in process and phase by phase,
/// on the app's own path: the core's answer decoded, the wire tree made and the limits
/// checked, the form filled, the first frame drawn — and, after it, away from the input
/// loop, the checks of a lead above `FormCheck.inBackgroundAbove` values. `tui-bench open`
/// prints it; `scripts/bench-big-lead` measures the open end to end, through the core and
/// a terminal.
package struct OpenBench {
    package struct Phases: Sendable {
        package var decode: Duration = .zero
        package var treeAndLimits: Duration = .zero
        package var form: Duration = .zero
        package var firstFrame: Duration = .zero
        /// `FormCheck`: made in the background by the app for a large lead, in line for a small one.
        package var check: Duration = .zero
        /// The open as the app does it: `leadLoaded` through the update, then the first frame.
        package var whole: Duration = .zero
        package var values = 0
        package var problems = 0
    }

    private let json: Data
    private let theme: Theme
    private let context: FormContext

    package init(json: Data, theme: Theme, language: Language, today: CalendarDate) {
        self.json = json
        self.theme = theme
        context = GallerySample.context(language: language, today: today)
    }

    package func run() throws -> Phases {
        let clock = ContinuousClock()
        var phases = Phases()
        var lead = Lead()
        phases.decode = try clock.measure { lead = try WireCoding.decode(Lead.self, from: json) }
        var tree = JSONValue.null
        phases.treeAndLimits = try clock.measure {
            tree = try WireCoding.tree(lead)
            _ = context.validator.limits.problems(in: tree)
        }
        var form = EntryForm()
        phases.form = clock.measure { form = EntryForm(tree: tree, context: context, checkLater: true) }
        phases.values = form.values.count
        var state = ScreenState(model: AppModel(), context: context, theme: theme, operatorName: "bench")
        var effects: [AppModel.Effect] = []
        phases.firstFrame = clock.measure {
            effects = state.send(.draftLoaded(id: "bench", form: form, mode: .edit(id: 1, original: form.values)))
            _ = AppView.frame(&state, size: .minimumTerminal)
        }
        for case .checkForm(let waiting) in effects {
            var check: FormCheck?
            phases.check = clock.measure { check = FormCheck(of: waiting, context: context) }
            phases.problems = check?.problems.count ?? 0
        }
        if phases.check == .zero {
            phases.check = clock.measure { form.revalidate(context: context) }
            phases.problems = form.leadProblems.count
        }
        var opening = ScreenState(model: AppModel(), context: context, theme: theme, operatorName: "bench")
        var open = OpenLeadScreen()
        open.busy = true
        opening.model.screen = .openLead(open)
        let record = LeadRecord(lead: lead, info: LeadRecordInfo(id: 1))
        phases.whole = clock.measure {
            _ = opening.send(.leadLoaded(record))
            _ = AppView.frame(&opening, size: .minimumTerminal)
        }
        return phases
    }
}
