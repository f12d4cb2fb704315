"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { formatDistanceToNowStrict } from "date-fns";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createShareLinkMutation, revokeShareLinkMutation, shareLinksQuery } from "@/lib/queries/share-links";
import { createShareLinkSchema, type ShareLinkView } from "@/lib/share-links/schemas";
import { Badge, type BadgeTone } from "../ui/badge";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { CopyLink } from "../ui/copy-link";
import { Field, inputClass } from "../ui/field";
import { placeProblems } from "../ui/form-problems";

const EXPIRY_OPTIONS = [
  { hours: 1, label: "1 hour" },
  { hours: 24, label: "24 hours" },
  { hours: 24 * 7, label: "7 days" },
  { hours: 24 * 30, label: "30 days" },
];

const STATE_TONE: Record<ShareLinkView["state"], BadgeTone> = { active: "success", expired: "neutral", revoked: "danger" };

type FormIn = z.input<typeof createShareLinkSchema>;
type FormOut = z.output<typeof createShareLinkSchema>;

const ago = (iso: string) => formatDistanceToNowStrict(new Date(iso), { addSuffix: true });

interface NewLinkShown {
  id: string;
  label: string;
  url: string;
}

function CreateForm({ drillId, onCreated }: { drillId: string; onCreated: (link: NewLinkShown) => void }) {
  const create = useMutation(createShareLinkMutation(useQueryClient(), drillId));
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<FormIn, unknown, FormOut>({ resolver: zodResolver(createShareLinkSchema), defaultValues: { label: "", expiresInHours: 24 } });
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const created = await create.mutateAsync(values);
      form.reset();
      onCreated({ id: created.id, label: created.label, url: created.url });
    } catch (error) {
      setFailure(placeProblems(error, form.setError, ["label", "expiresInHours"]));
    }
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} className="flex flex-col gap-2" noValidate>
      <Field label="Who is it for?" htmlFor="share-label" error={errors.label?.message}>
        <input id="share-label" placeholder="e.g. payments leads" aria-invalid={errors.label ? true : undefined} className={inputClass} {...form.register("label")} />
      </Field>
      <div className="flex items-end gap-2">
        <Field label="Expires after" htmlFor="share-expiry" error={errors.expiresInHours?.message} className="flex-1">
          <select id="share-expiry" className={inputClass} {...form.register("expiresInHours", { setValueAs: Number })}>
            {EXPIRY_OPTIONS.map((option) => (
              <option key={option.hours} value={option.hours}>
                {option.label}
              </option>
            ))}
          </select>
        </Field>
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create link"}
        </Button>
      </div>
      {failure && (
        <p role="alert" className="text-xs text-rose-400">
          {failure}
        </p>
      )}
    </form>
  );
}

function NewLink({ link, onDone }: { link: NewLinkShown; onDone: () => void }) {
  return (
    <div className="flex flex-col gap-2 rounded-md border border-amber-800/70 bg-amber-950/30 p-2.5">
      <p className="text-xs text-amber-100">
        Link for <span className="font-semibold">{link.label}</span>. Copy it now: it is shown only once. Anyone holding it can watch this drill, hidden answer included.
      </p>
      <CopyLink id="share-link-url" url={link.url} label="Copy" shown />
      <Button size="sm" variant="ghost" className="self-end" onClick={onDone}>
        Done
      </Button>
    </div>
  );
}

function LinkRow({ link, onRevoke }: { link: ShareLinkView; onRevoke: () => void }) {
  const when = link.state === "revoked" && link.revokedAt ? `revoked ${ago(link.revokedAt)}` : link.state === "expired" ? `expired ${ago(link.expiresAt)}` : `expires ${ago(link.expiresAt)}`;
  return (
    <li className="flex items-start justify-between gap-2 py-1.5">
      <div className="min-w-0 text-sm">
        <div className="flex items-center gap-1.5">
          <span className={`truncate ${link.state === "active" ? "text-zinc-100" : "text-zinc-500"}`}>{link.label}</span>
          <Badge tone={STATE_TONE[link.state]}>{link.state}</Badge>
        </div>
        <p className="text-xs text-zinc-500">
          by {link.createdBy} · <time dateTime={link.revokedAt ?? link.expiresAt} title={new Date(link.revokedAt ?? link.expiresAt).toLocaleString()}>{when}</time>
        </p>
      </div>
      {link.state === "active" && (
        <Button size="sm" variant="ghost" onClick={onRevoke} aria-label={`Revoke the link for ${link.label}`} className="shrink-0">
          Revoke
        </Button>
      )}
    </li>
  );
}

/** Read-only links for people outside drillroom (a manager, another team): they watch like an observer and can do nothing. */
export function ShareLinksPanel({ drillId }: { drillId: string }) {
  const client = useQueryClient();
  const links = useQuery(shareLinksQuery(drillId));
  const revoke = useMutation(revokeShareLinkMutation(client, drillId));
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<NewLinkShown | null>(null);
  const [revoking, setRevoking] = useState<ShareLinkView | null>(null);
  const list = links.data ?? [];

  return (
    <Card
      title="Share links"
      actions={
        !creating && (
          <Button size="sm" onClick={() => setCreating(true)}>
            New link
          </Button>
        )
      }
    >
      <div className="flex flex-col gap-3">
        {created && <NewLink link={created} onDone={() => setCreated(null)} />}
        {creating && (
          <div className="flex flex-col gap-1">
            <CreateForm
              drillId={drillId}
              onCreated={(link) => {
                setCreated(link);
                setCreating(false);
              }}
            />
            <Button size="sm" variant="ghost" className="self-start" onClick={() => setCreating(false)}>
              Cancel
            </Button>
          </div>
        )}
        {links.error && (
          <p role="alert" className="text-sm text-rose-400">
            {links.error.message}
          </p>
        )}
        {links.isPending && <p className="text-sm text-zinc-500">Loading links…</p>}
        {links.isSuccess && list.length === 0 && !creating && <p className="text-sm text-zinc-500">No links yet. A link lets someone without an account watch this drill, read-only.</p>}
        {list.length > 0 && (
          <ul className="-my-1.5 divide-y divide-zinc-800/80" aria-label="Share links">
            {list.map((link) => (
              <LinkRow key={link.id} link={link} onRevoke={() => setRevoking(link)} />
            ))}
          </ul>
        )}
      </div>
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke this link?"
        confirmLabel="Revoke link"
        confirmVariant="danger"
        busy={revoke.isPending}
        error={revoke.error?.message}
        onCancel={() => {
          setRevoking(null);
          revoke.reset();
        }}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: (revoked) => {
              setRevoking(null);
              if (created?.id === revoked.id) setCreated(null);
            },
          })
        }
      >
        The link for <span className="font-semibold text-white">{revoking?.label}</span> stops working at once, and pages already open with it close within a minute.
      </ConfirmDialog>
    </Card>
  );
}
