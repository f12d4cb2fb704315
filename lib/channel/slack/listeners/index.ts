import type { App } from "@slack/bolt";
import { registerAcknowledgeAction } from "./actions/acknowledge-alert";
import { registerSurveyOpenAction } from "./actions/survey-open";
import { registerDrillCommand } from "./commands/drill";
import { registerJoinListener } from "./events/member-joined";
import { registerMessageListener } from "./events/message";
import { registerReactionListeners } from "./events/reaction";
import { registerSurveySubmitView } from "./views/survey-submit";

export function registerSlackListeners(app: App): void {
  registerMessageListener(app);
  registerReactionListeners(app);
  registerJoinListener(app);
  registerAcknowledgeAction(app);
  registerDrillCommand(app);
  registerSurveyOpenAction(app);
  registerSurveySubmitView(app);
}
