language-group-current = در این گروه به <b>{ $language }</b> صحبت می‌کنم: در پاسخ به دستورها و دورهمی‌های تماشا. زبان دیگری برای گروه انتخاب کنید:
language-group-current-auto = در این گروه به هر کس به زبان خودش پاسخ می‌دهم. یک زبان برای کل گروه انتخاب کنید:
language-group-auto = 🌐 زبان هر نفر
language-group-admins-only = فقط مدیران گروه می‌توانند زبان آن را تغییر دهند. برای تغییر زبان خودتان، در گفتگوی خصوصی /language را برایم بفرستید.
language-group-saved-toast = زبان گروه ذخیره شد
