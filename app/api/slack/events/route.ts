import { after } from "next/server";
import { slackHttpApp } from "@/lib/channel/slack/app";
import { slackConfig } from "@/lib/chat/slack/config";
import { wireSlackSurvey } from "@/lib/runtime/slack-survey";

wireSlackSurvey();

/** Slack's one request URL: events, slash commands and interactivity. Answered at the ack; the work runs after. */
export async function POST(request: Request): Promise<Response> {
  if (!slackConfig()) return new Response("Slack is not configured on this server.", { status: 404 });
  const { response, pending } = await slackHttpApp().receiver.handle(request);
  if (pending) after(pending);
  return response;
}
