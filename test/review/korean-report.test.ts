import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { joinChannel } from "../../lib/channel/join-channel";
import { postMessage } from "../../lib/channel/post-message";
import { anonymousActor } from "../../lib/context";
import { addNote } from "../../lib/drills/add-note";
import { endDrill } from "../../lib/drills/end";
import { beginReview } from "../../lib/review/begin-review";
import { closeDrill } from "../../lib/review/close";
import { renderReport } from "../../lib/review/get-report";
import { linkAnswer } from "../../lib/review/link-answer";
import { pickNote } from "../../lib/review/pick-note";
import { starMoment } from "../../lib/review/star-moment";
import { createRunningDrill, observer, staffCtx } from "../factories";

const ctx = staffCtx();

describe("a drill run in Korean", () => {
  it("closes into a PDF that embeds a Korean font and gives the Korean text back", async () => {
    const title = `결제 서비스 장애 대응 훈련 ${Date.now()}`;
    const { drillId, channelToken } = await createRunningDrill({
      title,
      publicTitle: "결제 오류 증가",
      rootCause: "레디스 연결 풀이 고갈되어 결제 API 스레드가 멈췄습니다.",
      modelAnswer: ["레디스 우회 플래그를 켜서 의존성을 끊는다", "API 서버를 순차 재시작한다"],
    });
    const joined = await joinChannel({ ctx: { actor: anonymousActor }, input: { token: channelToken, data: { displayName: "박민아" } } });
    const message = await postMessage({ ctx: { actor: anonymousActor }, input: { token: channelToken, secret: joined.secret, data: { text: "레디스 우회 플래그를 켰습니다" } } });
    const note = await addNote({ ctx: { actor: observer }, input: { drillId, data: { text: "완화를 먼저 한 판단이 좋았다", tags: ["good_call"] } } });
    await endDrill({ ctx, input: { drillId, data: { outcome: "mitigated" } } });
    await beginReview({ ctx, input: { drillId } });
    await starMoment({ ctx, input: { drillId, seq: message.id, data: { starred: true } } });
    await pickNote({ ctx, input: { drillId, seq: note.id, data: { picked: true } } });
    await linkAnswer({ ctx, input: { drillId, step: 0, data: { verdict: "done", evidenceSeqs: [message.id] } } });
    await closeDrill({ ctx, input: { drillId } });

    const pdf = (await renderReport({ ctx, input: { drillId, format: "pdf" } })).body as Buffer;
    const file = join(mkdtempSync(join(tmpdir(), "drillroom-ko-")), "report.pdf");
    writeFileSync(file, pdf);
    expect(execFileSync("pdffonts", [file], { encoding: "utf8" })).toMatch(/NanumGothic\s.*\byes\b/);
    const text = execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    for (const korean of [title, "레디스 우회 플래그를 켰습니다", "완화를 먼저 한 판단이 좋았다", "레디스 우회 플래그를 켜서 의존성을 끊는다", "박민아"]) expect(text).toContain(korean);
    const markdown = (await renderReport({ ctx, input: { drillId, format: "markdown" } })).body as string;
    expect(markdown).toContain("레디스 우회 플래그를 켰습니다");
  });
});
