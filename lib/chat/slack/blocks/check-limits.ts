import { parseMrkdwn, type MrkdwnNode } from "../mrkdwn";
import type { SlackMessage } from "./elements";
import { LIMITS } from "./limits";

export interface TextFound {
  kind: "mrkdwn" | "plain_text";
  text: string;
  /** Where it sits: the block type, and the element for buttons and context. */
  where: string;
}

/** Every text object of a message, in order, the fallback `text` first (it is mrkdwn). */
export function messageTexts(message: SlackMessage): TextFound[] {
  const found: TextFound[] = [{ kind: "mrkdwn", text: message.text, where: "fallback" }];
  const visit = (value: unknown, where: string) => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, where));
    if (typeof value !== "object" || value === null) return;
    const object = value as Record<string, unknown>;
    if ((object.type === "mrkdwn" || object.type === "plain_text") && typeof object.text === "string") found.push({ kind: object.type, text: object.text, where });
    else for (const [key, child] of Object.entries(object)) visit(child, object.type === "button" ? "button" : key === "elements" && object.type === "context" ? "context" : where);
  };
  for (const block of message.blocks) visit(block, block.type);
  return found;
}

/** What in a message Slack would reject or cut: over-long texts, too many blocks or elements, empty texts. Empty when all is well. */
export function limitViolations(message: SlackMessage): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => length > max && problems.push(`${what}: ${length} > ${max}`);
  over("blocks", message.blocks.length, LIMITS.blocks);
  over("fallback text", message.text.length, LIMITS.fallbackText);
  for (const block of message.blocks) {
    if (block.type === "header") over("header", block.text.text.length, LIMITS.headerText);
    if (block.type === "section") {
      over("section text", block.text?.text.length ?? 0, LIMITS.sectionText);
      over("section fields", block.fields?.length ?? 0, LIMITS.sectionFields);
      for (const field of block.fields ?? []) over("section field", field.text.length, LIMITS.sectionField);
      if (!block.text && !block.fields?.length) problems.push("section without text or fields");
    }
    if (block.type === "context") {
      over("context elements", block.elements.length, LIMITS.contextElements);
      for (const element of block.elements) if ("text" in element) over("context text", element.text.length, LIMITS.contextText);
    }
    if (block.type === "actions")
      for (const element of block.elements)
        if (element.type === "button") {
          over("button text", element.text.text.length, LIMITS.buttonText);
          over("button value", element.value?.length ?? 0, LIMITS.buttonValue);
        }
  }
  for (const { text, where } of messageTexts(message)) if (text.trim() === "") problems.push(`empty text in ${where}`);
  return problems;
}

/** The links, mentions and broadcasts Slack would act on anywhere in the message's mrkdwn: authored text must add none. */
export function activeTokens(message: SlackMessage): MrkdwnNode[] {
  const found: MrkdwnNode[] = [];
  const visit = (nodes: MrkdwnNode[]) => {
    for (const node of nodes) {
      if (["link", "user", "channel", "broadcast", "usergroup"].includes(node.type)) found.push(node);
      if ("children" in node) visit(node.children);
    }
  };
  for (const { kind, text } of messageTexts(message)) if (kind === "mrkdwn") visit(parseMrkdwn(text));
  return found;
}
