CREATE TABLE `chat_state` (
	`platform` text NOT NULL,
	`chat_id` text NOT NULL,
	`last_question` text NOT NULL,
	`last_sources` text NOT NULL,
	`last_tasks` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `chat_state_chat_idx` ON `chat_state` (`platform`,`chat_id`);--> statement-breakpoint
CREATE TABLE `feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`platform` text NOT NULL,
	`user_id` text NOT NULL,
	`question` text NOT NULL,
	`value` integer NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `inbound_updates` (
	`key` text PRIMARY KEY NOT NULL,
	`received_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `registration_codes` (
	`code` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`role` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_by` text,
	`used_at` text,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
