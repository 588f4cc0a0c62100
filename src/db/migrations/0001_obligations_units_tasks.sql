CREATE TABLE `members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`platform` text NOT NULL,
	`user_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`role` text NOT NULL,
	`display_name` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_platform_user_idx` ON `members` (`platform`,`user_id`);--> statement-breakpoint
CREATE TABLE `obligations` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`passage_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`section` text NOT NULL,
	`responsible` text NOT NULL,
	`action` text NOT NULL,
	`deadline_kind` text NOT NULL,
	`deadline_due` text,
	`deadline_recurrence` text,
	`deadline_text` text NOT NULL,
	`source_text` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `obligations_document_idx` ON `obligations` (`document_id`);--> statement-breakpoint
CREATE TABLE `task_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` text NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `task_events_task_idx` ON `task_events` (`task_id`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`obligation_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`occurrence` integer NOT NULL,
	`due` text,
	`status` text NOT NULL,
	`done_at` text,
	`done_by` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`removed_at` text
);
--> statement-breakpoint
CREATE INDEX `tasks_unit_idx` ON `tasks` (`unit_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `tasks_obligation_unit_occurrence_idx` ON `tasks` (`obligation_id`,`unit_id`,`occurrence`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`parent_id` text,
	`aliases` text NOT NULL,
	`head` text NOT NULL,
	`successor_id` text,
	`province` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `units_parent_idx` ON `units` (`parent_id`);