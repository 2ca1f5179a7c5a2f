//! The Russian interface: the working language of many participating
//! administrations.

use super::Plural;
use super::messages::*;

/// A Russian plural: `other` (for fractions) takes the `few` form.
const fn plural(one: &'static str, few: &'static str, many: &'static str) -> Plural {
    Plural { one, few, many, other: few }
}

pub const MESSAGES: Messages = Messages {
    chrome: Chrome {
        skip_link: "Перейти к основному содержанию",
        brand: "Будапештский процесс",
        main_navigation: "Основное меню",
        about: "О процессе",
        timeline: "Хронология",
        members: "Участники",
        news: "Новости",
        events: "События",
        documents: "Документы",
        contact: "Контакты",
        footer_summary: "Будапештский процесс — межрегиональный диалог по вопросам миграции. Председатель — Турция, сопредседатель — Венгрия. Функции секретариата выполняет Международный центр по развитию миграционной политики (МЦРМП).",
        json_feed: "Лента новостей (JSON Feed)",
        atom_feed: "Лента новостей (Atom)",
        contact_secretariat: "Связаться с секретариатом",
        fine_print: "Материалы сайта собраны из открытых источников, которые указаны на каждой странице. Если факт подтвердить не удалось, страница сообщает об этом.",
    },
    status: Status {
        site_data: Resource {
            subject: "Данные сайта", object: "данные сайта", of: "данных сайта"
        },
        news_feed: Resource {
            subject: "Лента новостей", object: "ленту новостей", of: "ленты новостей"
        },
        map: Resource { subject: "Карта", object: "карту", of: "карты" },
        search_index: Resource {
            subject: "Поисковый индекс",
            object: "поисковый индекс",
            of: "поискового индекса",
        },
        full_text: Resource {
            subject: "Полные тексты новостей, событий и документов",
            object: "полные тексты новостей, событий и документов",
            of: "полных текстов новостей, событий и документов",
        },
        loading: "Загрузка {of}…",
        failed: "К сожалению, не удалось загрузить {object}.",
        network: "Не удалось связаться с сервером, чтобы загрузить {object}. Проверьте подключение и попробуйте ещё раз.",
        timeout: "Загрузка {of} занимает слишком много времени: возможно, соединение медленное. Попробуйте ещё раз чуть позже.",
        not_on_server: "Сервер не нашёл {object}.",
        server_error: "Сервер сейчас не может передать {object} (ошибка {code}). Попробуйте позже.",
        damaged: "Сервер прислал {object}, но файл повреждён или имеет неожиданный формат.",
        try_again: "Попробовать ещё раз",
    },
    not_found: NotFound {
        title: "Страница не найдена",
        description: "Запрошенной страницы на этом сайте нет.",
        page: "эту страницу",
        news_item: "эту новость",
        document: "этот документ",
        event: "это событие",
        text: "Нам не удалось найти {what}. Возможно, адрес изменился или в ссылке опечатка.",
        home: "На главную страницу",
        browse_news: "Все новости",
        browse_documents: "Все документы",
    },
    pages: Pages {
        list_page_title: "{list}, страница {n}",
        pages_navigation: "Страницы",
        previous: "← Назад",
        previous_page: "Предыдущая страница",
        next: "Вперёд →",
        next_page: "Следующая страница",
        page: "Страница {n}",
        current_page: "Страница {n}, текущая",
    },
    home: Home {
        description: "Будапештский процесс — межрегиональный диалог по вопросам миграции между Европой и регионом Шёлкового пути: ключевые данные, новости, события, участники, вехи и документы.",
        heading: "Будапештский процесс",
        key_data: "Ключевые данные",
        latest_news: "Последние новости",
        no_news: "Новостей пока нет.",
        all_news: "Все новости",
        upcoming_events: "Предстоящие события",
        no_upcoming_events: "Предстоящих событий пока не запланировано.",
        all_events: "Все события, прошедшие и предстоящие",
        explore: "Разделы сайта",
        milestones: "Вехи",
        milestones_text: "Три десятилетия диалога: от Берлина 1991 года до наших дней.",
        members_text: "Государства-участники и наблюдатели, организации и рабочие группы.",
        documents_text: "Декларации, стратегии и доклады, с их языковыми версиями.",
    },
    key_data: KeyData {
        chair: "Председатель",
        co_chair: "Сопредседатель",
        established: "Год основания",
        secretariat: "Секретариат",
        not_stated: "Не указано",
        participating_states: "Государства-участники",
        observer_states: "Государства-наблюдатели",
        organisations: "Участвующие организации",
        regional_working_groups: "Региональные рабочие группы",
        value_first: true,
        participating_noun: plural("государство-участник", "государства-участника", "государств-участников"),
        observer_noun: plural(
            "государство-наблюдатель",
            "государства-наблюдателя",
            "государств-наблюдателей",
        ),
        organisation_noun: plural(
            "участвующая организация",
            "участвующие организации",
            "участвующих организаций",
        ),
        regional_group_noun: plural(
            "региональная рабочая группа",
            "региональные рабочие группы",
            "региональных рабочих групп",
        ),
    },
};
