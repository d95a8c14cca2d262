import GRDB

/// A book file's records as the columns a merge compares with the stored row and writes: every
/// column but the id and the version (the store moves a version on by itself), with references
/// already translated to this store's ids by the caller.
enum BookMergeColumns {
    typealias Columns = [(name: String, value: DatabaseValue)]

    static func account(_ account: BookRecords.Account) -> Columns {
        [("name", account.name.databaseValue), ("industry", account.industry.databaseValue), ("region", account.region.databaseValue),
         ("tier", account.tier.databaseValue), ("owner", account.owner.databaseValue), ("arr_minor", account.arrMinor.databaseValue),
         ("renewal_date", account.renewalDate.value.databaseValue), ("stay_in_touch_days", account.stayInTouchDays.value.databaseValue),
         ("next_follow_up", account.nextFollowUp.value.databaseValue), ("notes", account.notes.databaseValue),
         ("client_since", account.clientSince.value.databaseValue), ("churned_on", account.churnedOn.value.databaseValue)]
    }

    static func contact(_ contact: BookRecords.Contact, accountID: Int64, isMainContact: Bool) -> Columns {
        [("account_id", accountID.databaseValue), ("name", contact.name.databaseValue), ("title", contact.title.databaseValue),
         ("email", contact.email.databaseValue), ("phone", contact.phone.databaseValue), ("role", contact.role.databaseValue),
         ("influence", contact.influence.databaseValue), ("sentiment", contact.sentiment.databaseValue),
         ("is_main_contact", isMainContact.databaseValue), ("stay_in_touch_days", contact.stayInTouchDays.value.databaseValue)]
    }

    static func interaction(_ interaction: BookRecords.Interaction, accountID: Int64) -> Columns {
        [("account_id", accountID.databaseValue), ("kind", interaction.kind.databaseValue), ("date", interaction.date.databaseValue),
         ("summary", interaction.summary.databaseValue), ("next_step", interaction.nextStep.databaseValue)]
    }

    static func initiative(_ initiative: BookRecords.Initiative, accountID: Int64) -> Columns {
        [("account_id", accountID.databaseValue), ("title", initiative.title.databaseValue), ("objective", initiative.objective.databaseValue),
         ("owner", initiative.owner.databaseValue), ("status", initiative.status.databaseValue), ("progress", initiative.progress.databaseValue),
         ("due_date", initiative.dueDate.value.databaseValue), ("start_date", initiative.startDate.value.databaseValue),
         ("target_metric", initiative.targetMetric.value.databaseValue), ("target_value", initiative.targetValue.value.databaseValue),
         ("target_date", initiative.targetDate.value.databaseValue),
         ("progress_follows_milestones", initiative.progressFollowsMilestones.databaseValue)]
    }

    static func progressUpdate(_ update: BookRecords.ProgressUpdate, initiativeID: Int64) -> Columns {
        [("initiative_id", initiativeID.databaseValue), ("recorded_at", update.recordedAt.databaseValue),
         ("previous_progress", update.previousProgress.databaseValue), ("progress", update.progress.databaseValue),
         ("previous_status", update.previousStatus.databaseValue), ("status", update.status.databaseValue), ("note", update.note.databaseValue),
         ("reason", update.reason.databaseValue)]
    }

    static func milestone(_ milestone: BookRecords.Milestone, initiativeID: Int64) -> Columns {
        [("initiative_id", initiativeID.databaseValue), ("title", milestone.title.databaseValue),
         ("due_date", milestone.dueDate.value.databaseValue), ("done_on", milestone.doneOn.value.databaseValue),
         ("position", milestone.position.databaseValue)]
    }

    static func opportunity(_ opportunity: BookRecords.Opportunity, accountID: Int64) -> Columns {
        [("account_id", accountID.databaseValue), ("name", opportunity.name.databaseValue), ("kind", opportunity.kind.databaseValue),
         ("amount_minor", opportunity.amountMinor.databaseValue), ("probability", opportunity.probability.databaseValue),
         ("expected_close", opportunity.expectedClose.databaseValue), ("category", opportunity.category.databaseValue),
         ("stage", opportunity.stage.databaseValue)]
    }
}
