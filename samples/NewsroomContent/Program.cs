using System;
using System.Linq;
using Copydesk;

namespace NewsroomContent;

/// <summary>
/// Lists the newsroom's stories, newest first: the articles under <c>content/stories</c>, checked against
/// <c>schemas/newsroom-story.schema.yaml</c> by the build and embedded in this program, each parsed when it is
/// first read. <c>NewsroomContent harbour-ferry</c> prints one story's lead instead. Exit code 0, or 1 for a slug
/// that is not a story.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 1)
        {
            if (!Stories.TryGet(args[0], out ContentEntry<NewsroomStory>? entry))
            {
                Console.Error.WriteLine($"No story '{args[0]}'; the stories are: {string.Join(", ", Stories.All.Select(story => story.Slug))}");
                return 1;
            }

            NewsroomStory story = entry.Article;
            Console.WriteLine(story.FrontMatter.Title);
            Console.WriteLine(story.Lead.Text);
            return 0;
        }

        foreach (ContentEntry<NewsroomStory> entry in Stories.All.OrderByDescending(story => story.Article.FrontMatter.Date))
        {
            NewsroomStory story = entry.Article;
            Console.WriteLine($"{story.FrontMatter.Date:yyyy-MM-dd}  {story.FrontMatter.Title}  ({story.FrontMatter.Author}; {string.Join(", ", story.FrontMatter.Tags)})  [{entry.Slug}]");
        }

        return 0;
    }
}
