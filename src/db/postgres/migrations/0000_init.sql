CREATE TABLE "chat_answers" (
	"id" serial PRIMARY KEY NOT NULL,
	"platform" text NOT NULL,
	"chat_id" text NOT NULL,
	"question" text NOT NULL,
	"answer" text NOT NULL,
	"sources" jsonb NOT NULL,
	"at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chat_state" (
	"platform" text NOT NULL,
	"chat_id" text NOT NULL,
	"last_question" text NOT NULL,
	"last_sources" jsonb NOT NULL,
	"last_tasks" jsonb NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chat_turns" (
	"id" serial PRIMARY KEY NOT NULL,
	"chat_key" text NOT NULL,
	"role" text NOT NULL,
	"text" text NOT NULL,
	"at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"file" text NOT NULL,
	"hash" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"issuer" text NOT NULL,
	"province" text NOT NULL,
	"issued_date" text NOT NULL,
	"meeting_date" text NOT NULL,
	"signer" text NOT NULL,
	"signer_title" text NOT NULL,
	"recipients" jsonb NOT NULL,
	"references" jsonb NOT NULL,
	"indexed_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"id" serial PRIMARY KEY NOT NULL,
	"platform" text NOT NULL,
	"user_id" text NOT NULL,
	"question" text NOT NULL,
	"value" integer NOT NULL,
	"at" text NOT NULL,
	"answer_id" integer,
	"answer" text,
	"citations" jsonb
);
--> statement-breakpoint
CREATE TABLE "inbound_updates" (
	"key" text PRIMARY KEY NOT NULL,
	"received_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "index_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" serial PRIMARY KEY NOT NULL,
	"platform" text NOT NULL,
	"user_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"role" text NOT NULL,
	"display_name" text DEFAULT '' NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "obligations" (
	"id" text PRIMARY KEY NOT NULL,
	"document_id" text NOT NULL,
	"passage_id" text NOT NULL,
	"ordinal" integer NOT NULL,
	"section" text NOT NULL,
	"responsible" jsonb NOT NULL,
	"action" text NOT NULL,
	"deadline_kind" text NOT NULL,
	"deadline_due" text,
	"deadline_recurrence" text,
	"deadline_text" text NOT NULL,
	"source_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"dedupe_key" text NOT NULL,
	"kind" text NOT NULL,
	"task_id" text,
	"platform" text NOT NULL,
	"chat_id" text NOT NULL,
	"text" text NOT NULL,
	"buttons" jsonb NOT NULL,
	"hints" jsonb NOT NULL,
	"not_before" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"lease_until" text,
	"lease_owner" text,
	"last_error" text,
	"provider_message_id" text,
	"created_at" text NOT NULL,
	"sent_at" text,
	CONSTRAINT "outbox_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "passages" (
	"label" serial PRIMARY KEY NOT NULL,
	"id" text NOT NULL,
	"document_id" text NOT NULL,
	"ordinal" integer NOT NULL,
	"path" text NOT NULL,
	"section" text NOT NULL,
	"headings" jsonb NOT NULL,
	"text" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"references" jsonb NOT NULL,
	"text_terms" jsonb NOT NULL,
	"context_terms" jsonb NOT NULL,
	"vector" "bytea",
	CONSTRAINT "passages_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "registration_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"unit_id" text NOT NULL,
	"role" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" text NOT NULL,
	"expires_at" text NOT NULL,
	"used_by" text,
	"used_at" text
);
--> statement-breakpoint
CREATE TABLE "task_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"task_id" text NOT NULL,
	"at" text NOT NULL,
	"actor" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"obligation_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"occurrence" integer NOT NULL,
	"due" text,
	"status" text NOT NULL,
	"done_at" text,
	"done_by" text,
	"completed_on" text,
	"note" text,
	"former_unit_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL,
	"removed_at" text
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"parent_id" text,
	"aliases" jsonb NOT NULL,
	"head" text NOT NULL,
	"successor_id" text,
	"province" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligations" ADD CONSTRAINT "obligations_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passages" ADD CONSTRAINT "passages_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_codes" ADD CONSTRAINT "registration_codes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chat_answers_chat_idx" ON "chat_answers" USING btree ("platform","chat_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "chat_state_chat_idx" ON "chat_state" USING btree ("platform","chat_id");--> statement-breakpoint
CREATE INDEX "chat_turns_chat_idx" ON "chat_turns" USING btree ("chat_key","id");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_user_answer_idx" ON "feedback" USING btree ("platform","user_id","answer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "members_platform_user_idx" ON "members" USING btree ("platform","user_id");--> statement-breakpoint
CREATE INDEX "obligations_document_idx" ON "obligations" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "outbox_status_idx" ON "outbox" USING btree ("status","not_before");--> statement-breakpoint
CREATE INDEX "outbox_task_idx" ON "outbox" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "passages_document_idx" ON "passages" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "task_events_task_idx" ON "task_events" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "tasks_unit_idx" ON "tasks" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "tasks_due_idx" ON "tasks" USING btree ("due");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_obligation_unit_occurrence_idx" ON "tasks" USING btree ("obligation_id","unit_id","occurrence");--> statement-breakpoint
CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_id");