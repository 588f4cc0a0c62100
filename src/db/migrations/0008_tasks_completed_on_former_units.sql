ALTER TABLE `tasks` ADD `completed_on` text;--> statement-breakpoint
ALTER TABLE `tasks` ADD `former_unit_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `outbox_task_idx` ON `outbox` (`task_id`);